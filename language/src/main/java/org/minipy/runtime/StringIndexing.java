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

    /** {@code len(s)}: code points (a surrogate pair counts once). */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    public static Object getItem(String s, Object key) {
        if (length(s) != s.length()) {
            return getItem(s.codePoints().toArray(), key);
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
