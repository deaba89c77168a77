package org.minipy.numpy;

import org.minipy.runtime.Repr;

/**
 * {@code str(a)} and {@code repr(a)} exactly as numpy 1.24 prints them (its {@code arrayprint} module, default
 * options: line width 75, summarization with {@code ...} above 1000 elements keeping 3 items at each edge,
 * precision 8). Elements are formatted to a common width ({@link ElementFormat}); rows wrap when a line would pass
 * the width; nested dimensions get nested brackets with blank lines between blocks; {@code repr} wraps it all in
 * {@code array(...)}, with continuation lines indented under the first bracket and a {@code dtype=} suffix where the
 * values do not imply the dtype (empty arrays).
 */
final class ArrayPrinter {
    private ArrayPrinter() {
    }

    /** numpy's print options ({@code np.set_printoptions}): global for a program, so one set per interpreter. */
    static final class Options {
        int lineWidth = 75;
        int threshold = 1000;
        int edgeItems = 3;
        int precision = 8;
        boolean suppress;
    }

    private static final java.util.Map<Object, Options> OPTIONS = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
    private static final Options DEFAULTS = new Options();

    /** The calling interpreter's print options. */
    static Options options() {
        Options o = OPTIONS.get(org.minipy.runtime.PythonContext.get());
        return o != null ? o : DEFAULTS;
    }

    static String str(NDArray a) {
        int lineWidth = options().lineWidth;
        if (a.ndim() == 0) {
            return Repr.str(a.item(a.offset));
        }
        if (a.size == 0) {
            return "[]";
        }
        return array2string(a, " ", "", lineWidth);
    }

    static String repr(NDArray a) {
        int lineWidth = options().lineWidth;
        boolean skipDtype = a.size > 0;
        String prefix = "array(";
        String suffix = skipDtype ? ")" : ",";
        String lst;
        if (a.size > 0) {
            lst = array2string(a, ", ", prefix, lineWidth - suffix.length());
        } else if (a.ndim() == 1) {
            lst = "[]";
        } else {
            lst = "[], shape=" + Convert.shapeRepr(a.shape);
        }
        String arr = prefix + lst + suffix;
        if (skipDtype) {
            return arr;
        }
        String dtype = "dtype=" + a.dtype.name + ")";
        int lastLine = arr.length() - (arr.lastIndexOf('\n') + 1);
        String spacer = lastLine + dtype.length() + 1 > lineWidth ? "\n" + " ".repeat(prefix.length()) : " ";
        return arr + spacer + dtype;
    }

    private static String array2string(NDArray a, String separator, String prefix, int lineWidth) {
        Options options = options();
        boolean summarize = a.size > options.threshold;
        ElementFormat format = ElementFormat.forArray(a, summarize ? options.edgeItems : -1, options);
        String nextLinePrefix = " " + " ".repeat(prefix.length());
        return new Formatter(a, format, separator, summarize, options.edgeItems).recurse(new int[0], nextLinePrefix, lineWidth);
    }

    /** {@code np.set_printoptions(...)}: the options MiniPy supports; the others must be left at None. */
    static void setOptions(Object[] a) {
        Options o = OPTIONS.computeIfAbsent(org.minipy.runtime.PythonContext.get(), k -> new Options());
        String[] names = {"precision", "threshold", "edgeitems", "linewidth", "suppress", "nanstr", "infstr", "formatter", "sign", "floatmode", "legacy"};
        for (int i = 5; i < names.length; i++) {
            if (a[i] != org.minipy.runtime.PNone.NONE) {
                throw org.minipy.runtime.Errors.notImplementedError("MiniPy's numpy does not support set_printoptions(%s=...)", names[i]);
            }
        }
        if (a[0] != org.minipy.runtime.PNone.NONE) {
            o.precision = (int) Convert.toLong(a[0]);
        }
        if (a[1] != org.minipy.runtime.PNone.NONE) {
            o.threshold = (int) Math.min(Integer.MAX_VALUE, Convert.toDouble(a[1]));
        }
        if (a[2] != org.minipy.runtime.PNone.NONE) {
            o.edgeItems = (int) Convert.toLong(a[2]);
        }
        if (a[3] != org.minipy.runtime.PNone.NONE) {
            o.lineWidth = (int) Convert.toLong(a[3]);
        }
        if (a[4] != org.minipy.runtime.PNone.NONE) {
            o.suppress = org.minipy.runtime.Truth.isTrue(a[4]);
        }
    }

    /** {@code np.get_printoptions()}. */
    static org.minipy.runtime.PDict optionsDict() {
        Options o = options();
        org.minipy.runtime.PDict d = new org.minipy.runtime.PDict();
        d.put("edgeitems", (long) o.edgeItems);
        d.put("threshold", (long) o.threshold);
        d.put("floatmode", "maxprec");
        d.put("precision", (long) o.precision);
        d.put("suppress", o.suppress);
        d.put("linewidth", (long) o.lineWidth);
        d.put("nanstr", "nan");
        d.put("infstr", "inf");
        d.put("sign", "-");
        d.put("formatter", org.minipy.runtime.PNone.NONE);
        d.put("legacy", false);
        return d;
    }

    /** numpy's {@code _formatArray}: the recursive layout of brackets, separators and line breaks. */
    private static final class Formatter {
        final NDArray a;
        final ElementFormat format;
        final String separator;
        final boolean summarize;
        final int edgeItems;

        Formatter(NDArray a, ElementFormat format, String separator, boolean summarize, int edgeItems) {
            this.a = a;
            this.format = format;
            this.separator = separator;
            this.summarize = summarize;
            this.edgeItems = edgeItems;
        }

        private int position(int[] index) {
            int pos = a.offset;
            for (int d = 0; d < index.length; d++) {
                pos += index[d] * a.strides[d];
            }
            return pos;
        }

        private static int[] with(int[] index, int i) {
            int[] r = java.util.Arrays.copyOf(index, index.length + 1);
            r[index.length] = i;
            return r;
        }

        String recurse(int[] index, String hangingIndent, int currWidth) {
            int axis = index.length;
            int axesLeft = a.ndim() - axis;
            if (axesLeft == 0) {
                return format.format(a.item(position(index)));
            }
            String nextHangingIndent = hangingIndent + " ";
            int nextWidth = currWidth - 1;
            int len = a.shape[axis];
            boolean showSummary = summarize && 2 * edgeItems < len;
            int leading = showSummary ? edgeItems : 0;
            int trailing = showSummary ? edgeItems : len;
            StringBuilder s = new StringBuilder();
            if (axesLeft == 1) {
                int elemWidth = currWidth - Math.max(separator.stripTrailing().length(), 1);
                String[] line = {hangingIndent};
                for (int i = 0; i < leading; i++) {
                    extendLine(s, line, recurse(with(index, i), nextHangingIndent, nextWidth), elemWidth, hangingIndent);
                    line[0] += separator;
                }
                if (showSummary) {
                    extendLine(s, line, "...", elemWidth, hangingIndent);
                    line[0] += separator;
                }
                for (int i = trailing; i > 1; i--) {
                    extendLine(s, line, recurse(with(index, len - i), nextHangingIndent, nextWidth), elemWidth, hangingIndent);
                    line[0] += separator;
                }
                extendLine(s, line, recurse(with(index, len - 1), nextHangingIndent, nextWidth), elemWidth, hangingIndent);
                s.append(line[0]);
            } else {
                String lineSep = separator.stripTrailing() + "\n".repeat(axesLeft - 1);
                for (int i = 0; i < leading; i++) {
                    s.append(hangingIndent).append(recurse(with(index, i), nextHangingIndent, nextWidth)).append(lineSep);
                }
                if (showSummary) {
                    s.append(hangingIndent).append("...").append(lineSep);
                }
                for (int i = trailing; i > 1; i--) {
                    s.append(hangingIndent).append(recurse(with(index, len - i), nextHangingIndent, nextWidth)).append(lineSep);
                }
                s.append(hangingIndent).append(recurse(with(index, len - 1), nextHangingIndent, nextWidth));
            }
            return "[" + s.substring(hangingIndent.length()) + "]";
        }

        private static void extendLine(StringBuilder s, String[] line, String word, int lineWidth, String nextLinePrefix) {
            boolean needsWrap = line[0].length() + word.length() > lineWidth;
            if (line[0].length() <= nextLinePrefix.length()) {
                needsWrap = false;
            }
            if (needsWrap) {
                s.append(line[0].stripTrailing()).append('\n');
                line[0] = nextLinePrefix;
            }
            line[0] += word;
        }
    }
}
