package org.minipy.runtime;

/**
 * Indexing and slicing of {@code str}. MiniPy strings are Java strings indexed by UTF-16 unit, which equals
 * Python's code-point indexing for all text outside the astral planes (emoji and rarer scripts).
 */
public final class StringIndexing {
    private StringIndexing() {
    }

    public static Object getItem(String s, Object key) {
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
        return String.valueOf(s.charAt(i));
    }
}
