package org.minipy.numpy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How one array's elements print, decided from all the elements that will be shown (numpy's {@code IntegerFormat},
 * {@code BoolFormat} and {@code FloatingFormat} with its defaults: precision 8, {@code floatmode='maxprec'}). Floats
 * use the shortest digits that round-trip, cut to 8 decimals; all get a common width (padding the integer part on
 * the left and the fraction on the right, so {@code 1.} lines up with {@code 2.5}); numpy switches to {@code e}
 * notation when the largest magnitude is at least 1e8, the smallest non-zero one is below 1e-4, or their ratio
 * exceeds 1000, and then shows every mantissa with the same number of digits.
 */
abstract class ElementFormat {
    abstract String format(Object value);

    /** The format for {@code a}'s elements; {@code edge >= 0} when only the edge items of each axis are shown. */
    static ElementFormat forArray(NDArray a, int edge, ArrayPrinter.Options options) {
        List<Integer> positions = new ArrayList<>();
        collect(a, edge, 0, a.offset, positions);
        switch (a.dtype) {
            case BOOL:
                return new BoolFormat(a.ndim() == 0);
            case INT64: {
                long[] d = (long[]) a.data;
                int width = 0;
                for (int p : positions) {
                    width = Math.max(width, Long.toString(d[p]).length());
                }
                return new IntFormat(width);
            }
            default: {
                double[] d = (double[]) a.data;
                double[] values = new double[positions.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = d[positions.get(i)];
                }
                return new FloatFormat(values, options);
            }
        }
    }

    private static void collect(NDArray a, int edge, int axis, int pos, List<Integer> out) {
        if (axis == a.ndim()) {
            out.add(pos);
            return;
        }
        int n = a.shape[axis];
        for (int i = 0; i < n; i++) {
            if (edge >= 0 && n > 2 * edge && i >= edge && i < n - edge) {
                continue;
            }
            collect(a, edge, axis + 1, pos + i * a.strides[axis], out);
        }
    }

    static final class BoolFormat extends ElementFormat {
        private final String trueText;

        BoolFormat(boolean zeroDim) {
            this.trueText = zeroDim ? "True" : " True";
        }

        @Override
        String format(Object value) {
            return (Boolean) value ? trueText : "False";
        }
    }

    static final class IntFormat extends ElementFormat {
        private final int width;

        IntFormat(int width) {
            this.width = width;
        }

        @Override
        String format(Object value) {
            String s = Long.toString((Long) value);
            return " ".repeat(Math.max(0, width - s.length())) + s;
        }
    }

    static final class FloatFormat extends ElementFormat {
        private final int precision;
        private boolean expFormat;
        private int padLeft;
        private int padRight;
        private int expSize = -1;
        /** Digits after the point in e notation (all mantissas get exactly this many). */
        private int expPrecision;

        FloatFormat(double[] values, ArrayPrinter.Options options) {
            this.precision = options.precision;
            List<Double> finite = new ArrayList<>();
            for (double v : values) {
                if (Double.isFinite(v)) {
                    finite.add(v);
                }
            }
            double max = 0;
            double min = Double.POSITIVE_INFINITY;
            boolean anyNonZero = false;
            for (double v : finite) {
                double x = Math.abs(v);
                if (x != 0) {
                    anyNonZero = true;
                    max = Math.max(max, x);
                    min = Math.min(min, x);
                }
            }
            if (anyNonZero && (max >= 1e8 || (!options.suppress && (min < 0.0001 || max / min > 1000.0)))) {
                expFormat = true;
            }
            if (finite.isEmpty()) {
                padLeft = 0;
                padRight = 0;
            } else if (expFormat) {
                int maxExp = 0;
                for (double v : finite) {
                    String[] parts = scientific(v, precision, 0, 2);
                    padLeft = Math.max(padLeft, parts[0].length());
                    expPrecision = Math.max(expPrecision, parts[1].length());
                    maxExp = Math.max(maxExp, parts[2].length());
                }
                expSize = maxExp - 1;
                padRight = expSize + 2 + expPrecision;
            } else {
                for (double v : finite) {
                    String[] parts = positional(v, precision);
                    padLeft = Math.max(padLeft, parts[0].length());
                    padRight = Math.max(padRight, parts[1].length());
                }
            }
            if (finite.size() != values.length) {
                boolean negInf = false;
                for (double v : values) {
                    negInf |= v == Double.NEGATIVE_INFINITY;
                }
                int offset = padRight + 1;
                padLeft = Math.max(padLeft, Math.max(3 - offset, 3 + (negInf ? 1 : 0) - offset));
            }
        }

        @Override
        String format(Object value) {
            double x = (Double) value;
            if (!Double.isFinite(x)) {
                String ret = Double.isNaN(x) ? "nan" : x < 0 ? "-inf" : "inf";
                return " ".repeat(Math.max(0, padLeft + padRight + 1 - ret.length())) + ret;
            }
            if (expFormat) {
                String[] p = scientific(x, expPrecision, expPrecision, expSize);
                return pad(p[0], padLeft) + "." + p[1] + "e" + p[2];
            }
            String[] p = positional(x, precision);
            return pad(p[0], padLeft) + "." + p[1] + " ".repeat(Math.max(0, padRight - p[1].length()));
        }

        private static String pad(String s, int width) {
            return " ".repeat(Math.max(0, width - s.length())) + s;
        }

        /** The shortest round-trip decimal of {@code |x|}, without trailing zeros. */
        private static BigDecimal shortest(double x) {
            if (x == 0) {
                return BigDecimal.ZERO;
            }
            // CPython's repr digits: the shortest that round-trip (Java's toString keeps two digits for 5e-324)
            return new BigDecimal(org.minipy.runtime.FloatOps.repr(Math.abs(x))).stripTrailingZeros();
        }

        /** {@code [integer part with sign, fraction digits]}: shortest digits, at most {@code precision} decimals. */
        static String[] positional(double x, int precision) {
            BigDecimal d = shortest(x);
            if (d.scale() > precision) {
                d = new BigDecimal(Math.abs(x)).setScale(precision, RoundingMode.HALF_EVEN).stripTrailingZeros();
            }
            String plain = d.signum() == 0 ? "0" : d.toPlainString();
            int dot = plain.indexOf('.');
            String intPart = dot < 0 ? plain : plain.substring(0, dot);
            String frac = dot < 0 ? "" : plain.substring(dot + 1);
            boolean negative = Double.doubleToRawLongBits(x) < 0;
            return new String[]{(negative ? "-" : "") + intPart, frac};
        }

        /**
         * {@code [sign and first digit, fraction digits, exponent with sign]}: shortest digits with at most
         * {@code precision} after the point, zero-padded to {@code minDigits}, exponent to {@code expDigits} digits.
         */
        static String[] scientific(double x, int precision, int minDigits, int expDigits) {
            BigDecimal d = shortest(x);
            String digits;
            int exp;
            if (d.signum() == 0) {
                digits = "0";
                exp = 0;
            } else {
                digits = d.unscaledValue().toString();
                exp = digits.length() - 1 - d.scale();
                if (digits.length() - 1 > precision) {
                    BigDecimal r = new BigDecimal(Math.abs(x)).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN)).stripTrailingZeros();
                    digits = r.unscaledValue().toString();
                    exp = digits.length() - 1 - r.scale();
                }
            }
            StringBuilder frac = new StringBuilder(digits.substring(1));
            while (frac.length() < minDigits) {
                frac.append('0');
            }
            String e = Integer.toString(Math.abs(exp));
            e = "0".repeat(Math.max(0, expDigits - e.length())) + e;
            boolean negative = Double.doubleToRawLongBits(x) < 0;
            return new String[]{(negative ? "-" : "") + digits.charAt(0), frac.toString(), (exp < 0 ? "-" : "+") + e};
        }
    }
}
