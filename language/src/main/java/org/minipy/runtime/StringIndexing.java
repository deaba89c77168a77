package org.minipy.runtime;

/**
 * Length, indexing and slicing of {@code str} by code point, as Python counts. MiniPy strings are Java strings
 * (UTF-16): text without astral characters (emoji and rarer scripts) takes the fast path, where UTF-16 units are code
 * points; other text goes through its array of code points.
 */
public final class StringIndexing {
    private StringIndexing() {
    }

    /** The one-character strs of the Latin-1 range, shared as CPython shares them ({@code s[0] is s[1]} for equal ones). */
    private static final String[] LATIN1_CHARS = new String[256];

    static {
        for (int c = 0; c < LATIN1_CHARS.length; c++) {
            LATIN1_CHARS[c] = String.valueOf((char) c);
        }
    }

    /** The str of one UTF-16 unit that is a whole code point (what indexing and iterating a str produce). */
    public static String charString(char c) {
        return c < LATIN1_CHARS.length ? LATIN1_CHARS[c] : String.valueOf(c);
    }

    /**
     * The long str measured last: its length in code points and, once indexed, its code points when it has astral
     * characters. Java answers codePointCount in O(1) only for Latin-1 strings; for other text each {@code len(s)},
     * {@code s[i]} or {@code s[i:j]} would count the whole string again, and a loop over a long text with one euro sign
     * or emoji in it would be quadratic (200 000 characters: 8 s instead of 0.02). One entry serves such loops; an
     * immutable record, so another thread sees it whole or not at all.
     */
    private record Measured(String s, int length, int[] codePoints) {
    }

    private static final int REMEMBERED_FROM = 256;
    private static Measured lastMeasured;

    /** {@code len(s)}: code points (a surrogate pair counts once). */
    public static int length(String s) {
        int units = s.length();
        if (units < REMEMBERED_FROM) {
            return s.codePointCount(0, units);
        }
        Measured m = lastMeasured;
        if (m != null && m.s == s) {
            return m.length;
        }
        int n = s.codePointCount(0, units);
        lastMeasured = new Measured(s, n, null);
        return n;
    }

    /** The code points of a str with astral characters, remembered for the long str indexed last. */
    private static int[] codePoints(String s) {
        Measured m = lastMeasured;
        if (m != null && m.s == s && m.codePoints != null) {
            return m.codePoints;
        }
        int[] cps = s.codePoints().toArray();
        if (s.length() >= REMEMBERED_FROM) {
            lastMeasured = new Measured(s, cps.length, cps);
        }
        return cps;
    }

    /**
     * The code points of s when it has astral characters, so that code working by index sees Python's indices (remembered
     * for the long str used last); null when UTF-16 units are code points.
     */
    public static int[] astralCodePoints(String s) {
        return length(s) != s.length() ? codePoints(s) : null;
    }

    public static Object getItem(String s, Object key) {
        if (length(s) != s.length()) {
            return getItem(codePoints(s), key);
        }
        if (key instanceof PSlice slice) {
            Sequences.SliceBounds b = Sequences.bounds(slice, s.length());
            if (b.step() == 1) {
                return s.substring(b.start(), b.start() + b.length());
            }
            char[] out = new char[b.length()];
            for (int i = 0, j = b.start(); i < b.length(); i++, j += b.step()) {
                out[i] = s.charAt(j);
            }
            return new String(out);
        }
        int i = Sequences.checkIndex(Sequences.asIndex(key, "string"), s.length(), "string");
        return charString(s.charAt(i));
    }

    private static Object getItem(int[] codePoints, Object key) {
        if (key instanceof PSlice slice) {
            Sequences.SliceBounds b = Sequences.bounds(slice, codePoints.length);
            StringBuilder out = new StringBuilder();
            for (int i = 0, j = b.start(); i < b.length(); i++, j += b.step()) {
                out.appendCodePoint(codePoints[j]);
            }
            return out.toString();
        }
        int i = Sequences.checkIndex(Sequences.asIndex(key, "string"), codePoints.length, "string");
        return new String(codePoints, i, 1);
    }
}
