package org.minipy.numpy;

import org.minipy.runtime.Errors;

/**
 * {@code sum mean min max argmax argmin std prod any all}, over the whole array or along one axis. Summation order
 * follows numpy so that float results agree to the last bit: along a contiguous run (the whole array, or the last
 * axis) numpy adds pairwise in blocks of eight ({@link #pairwise}); along any other axis it accumulates row after
 * row. The loops run on primitive copies with the GIL released for big arrays ({@link Compute}).
 */
final class Reductions {
    private Reductions() {
    }

    enum Kind {
        SUM("add"), PROD("multiply"), MIN("minimum"), MAX("maximum"), ARGMAX("argmax"), ARGMIN("argmin"), MEAN("mean"), STD("std"),
        ANY("logical_or"), ALL("logical_and");

        final String ufunc;

        Kind(String ufunc) {
            this.ufunc = ufunc;
        }
    }

    /** The reduction of {@code a} over {@code axis} (-1 for all): a Python scalar, or an array. */
    static Object reduce(Kind kind, NDArray a, int axis, int ddof) {
        boolean orderMatters = kind == Kind.SUM || kind == Kind.MEAN || kind == Kind.STD || kind == Kind.PROD;
        if (axis < 0 && orderMatters && !a.isContiguous() && ArrayMethods.transpose(a).isContiguous()) {
            // numpy walks a Fortran-ordered array in memory order; other views it copies in C order (buffering)
            a = ArrayMethods.transpose(a);
        }
        if (axis < 0) {
            NDArray flat = new NDArray(a.dtype, a.elements(a.dtype), new int[]{a.size});
            NDArray r = reduceAxis(kind, flat, 0, ddof);
            return r.item(0);
        }
        return reduceAxis(kind, a, axis, ddof);
    }

    private static DType resultType(Kind kind, DType in) {
        return switch (kind) {
            case SUM, PROD -> in == DType.BOOL ? DType.INT64 : in;
            case MIN, MAX -> in;
            case ARGMAX, ARGMIN -> DType.INT64;
            case MEAN, STD -> DType.FLOAT64;
            case ANY, ALL -> DType.BOOL;
        };
    }

    /** Reduces along {@code axis}: the result has the other dimensions, in order. */
    private static NDArray reduceAxis(Kind kind, NDArray a, int axis, int ddof) {
        int len = a.shape[axis];
        if (len == 0 && (kind == Kind.MIN || kind == Kind.MAX)) {
            throw Errors.valueError("zero-size array to reduction operation %s which has no identity", kind.ufunc);
        }
        if (len == 0 && (kind == Kind.ARGMAX || kind == Kind.ARGMIN)) {
            throw Errors.valueError("attempt to get %s of an empty sequence", kind.ufunc);
        }
        int[] outShape = new int[a.ndim() - 1];
        for (int d = 0, j = 0; d < a.ndim(); d++) {
            if (d != axis) {
                outShape[j++] = a.shape[d];
            }
        }
        int outer = 1;
        for (int d = 0; d < axis; d++) {
            outer *= a.shape[d];
        }
        int inner = 1;
        for (int d = axis + 1; d < a.ndim(); d++) {
            inner *= a.shape[d];
        }
        DType type = resultType(kind, a.dtype);
        int outerN = outer;
        int innerN = inner;
        Object out = Compute.run(a.size, () -> {
            Object r = type.allocate(outerN * innerN);
            switch (kind) {
                case SUM, MEAN, STD -> {
                    if (type == DType.INT64 || (kind == Kind.SUM && a.dtype != DType.FLOAT64)) {
                        long[] x = a.longs();
                        long[] o = (long[]) r;
                        for (int p = 0; p < outerN; p++) {
                            for (int q = 0; q < innerN; q++) {
                                long s = 0;
                                for (int i = 0; i < len; i++) {
                                    s += x[(p * len + i) * innerN + q];
                                }
                                o[p * innerN + q] = s;
                            }
                        }
                    } else {
                        double[] x = a.doubles();
                        double[] sums = sums(x, outerN, len, innerN);
                        if (kind == Kind.SUM) {
                            System.arraycopy(sums, 0, r, 0, sums.length);
                        } else if (kind == Kind.MEAN) {
                            double[] o = (double[]) r;
                            for (int i = 0; i < o.length; i++) {
                                o[i] = sums[i] / len;
                            }
                        } else {
                            // numpy's _var: x - mean, squared, summed the same way, divided, square root
                            double[] dev = new double[x.length];
                            for (int p = 0; p < outerN; p++) {
                                for (int i = 0; i < len; i++) {
                                    for (int q = 0; q < innerN; q++) {
                                        int k = (p * len + i) * innerN + q;
                                        double d = x[k] - sums[p * innerN + q] / len;
                                        dev[k] = d * d;
                                    }
                                }
                            }
                            double[] sq = sums(dev, outerN, len, innerN);
                            double[] o = (double[]) r;
                            for (int i = 0; i < o.length; i++) {
                                o[i] = Math.sqrt(sq[i] / Math.max(len - ddof, 0));
                            }
                        }
                    }
                }
                default -> other(kind, a, len, outerN, innerN, r);
            }
            return r;
        });
        return new NDArray(type, out, outShape);
    }

    /** Float sums of each (outer, inner) line of length {@code len}: pairwise along a contiguous line, else in order. */
    private static double[] sums(double[] x, int outer, int len, int inner) {
        double[] o = new double[outer * inner];
        if (inner == 1) {
            for (int p = 0; p < outer; p++) {
                o[p] = pairwise(x, p * len, len);
            }
            return o;
        }
        for (int p = 0; p < outer; p++) {
            for (int i = 0; i < len; i++) {
                int base = (p * len + i) * inner;
                for (int q = 0; q < inner; q++) {
                    o[p * inner + q] += x[base + q];
                }
            }
        }
        return o;
    }

    /** numpy's pairwise summation (unrolled by eight, blocks of at most 128). */
    static double pairwise(double[] a, int start, int n) {
        if (n < 8) {
            double res = 0.0;
            for (int i = 0; i < n; i++) {
                res += a[start + i];
            }
            return res;
        } else if (n <= 128) {
            double r0 = a[start], r1 = a[start + 1], r2 = a[start + 2], r3 = a[start + 3];
            double r4 = a[start + 4], r5 = a[start + 5], r6 = a[start + 6], r7 = a[start + 7];
            int i;
            for (i = 8; i < n - (n % 8); i += 8) {
                r0 += a[start + i];
                r1 += a[start + i + 1];
                r2 += a[start + i + 2];
                r3 += a[start + i + 3];
                r4 += a[start + i + 4];
                r5 += a[start + i + 5];
                r6 += a[start + i + 6];
                r7 += a[start + i + 7];
            }
            double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                res += a[start + i];
            }
            return res;
        } else {
            int n2 = n / 2;
            n2 -= n2 % 8;
            return pairwise(a, start, n2) + pairwise(a, start + n2, n - n2);
        }
    }

    private static void other(Kind kind, NDArray a, int len, int outer, int inner, Object r) {
        if (a.dtype == DType.FLOAT64 && kind != Kind.ANY && kind != Kind.ALL) {
            double[] x = a.doubles();
            for (int p = 0; p < outer; p++) {
                for (int q = 0; q < inner; q++) {
                    int base = p * len * inner + q;
                    switch (kind) {
                        case PROD -> {
                            double s = 1;
                            for (int i = 0; i < len; i++) {
                                s *= x[base + i * inner];
                            }
                            ((double[]) r)[p * inner + q] = s;
                        }
                        case MIN, MAX -> {
                            double m = x[base];
                            for (int i = 1; i < len; i++) {
                                double v = x[base + i * inner];
                                if (Double.isNaN(m)) {
                                    break;
                                }
                                if (Double.isNaN(v) || (kind == Kind.MIN ? v < m : v > m)) {
                                    m = v;
                                }
                            }
                            ((double[]) r)[p * inner + q] = m;
                        }
                        default -> {
                            int best = 0;
                            double m = x[base];
                            for (int i = 1; i < len && !Double.isNaN(m); i++) {
                                double v = x[base + i * inner];
                                if (Double.isNaN(v) || (kind == Kind.ARGMIN ? v < m : v > m)) {
                                    m = v;
                                    best = i;
                                }
                            }
                            ((long[]) r)[p * inner + q] = best;
                        }
                    }
                }
            }
            return;
        }
        long[] x = a.longs();
        double[] xd = a.dtype == DType.FLOAT64 ? a.doubles() : null;
        for (int p = 0; p < outer; p++) {
            for (int q = 0; q < inner; q++) {
                int base = p * len * inner + q;
                int o = p * inner + q;
                switch (kind) {
                    case PROD -> {
                        long s = 1;
                        for (int i = 0; i < len; i++) {
                            s *= x[base + i * inner];
                        }
                        ((long[]) r)[o] = s;
                    }
                    case MIN, MAX -> {
                        long m = x[base];
                        for (int i = 1; i < len; i++) {
                            long v = x[base + i * inner];
                            if (kind == Kind.MIN ? v < m : v > m) {
                                m = v;
                            }
                        }
                        if (a.dtype == DType.BOOL) {
                            ((boolean[]) r)[o] = m != 0;
                        } else {
                            ((long[]) r)[o] = m;
                        }
                    }
                    case ANY, ALL -> {
                        boolean acc = kind == Kind.ALL;
                        for (int i = 0; i < len; i++) {
                            boolean v = xd != null ? xd[base + i * inner] != 0 : x[base + i * inner] != 0;
                            acc = kind == Kind.ALL ? acc & v : acc | v;
                        }
                        ((boolean[]) r)[o] = acc;
                    }
                    default -> {
                        int best = 0;
                        long m = x[base];
                        for (int i = 1; i < len; i++) {
                            long v = x[base + i * inner];
                            if (kind == Kind.ARGMIN ? v < m : v > m) {
                                m = v;
                                best = i;
                            }
                        }
                        ((long[]) r)[o] = best;
                    }
                }
            }
        }
    }
}
