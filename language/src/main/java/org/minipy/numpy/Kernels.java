package org.minipy.numpy;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.ast.Operator.Binary;
import org.minipy.ast.Operator.Compare;

/**
 * The elementwise loops: plain loops over primitive arrays (the host JIT compiles them), run by {@link Elementwise}
 * with the GIL released for big arrays, so nothing here may touch a guest object or raise a Python exception.
 * Operands are contiguous buffers of the compute type, or a boxed scalar of that type. Integer arithmetic wraps
 * around and division by zero gives 0, floats follow IEEE (inf, nan), as numpy does (minus its warnings).
 */
final class Kernels {
    private Kernels() {
    }

    @TruffleBoundary
    static void binary(Binary op, DType type, Object xs, Object ys, int n, Object out) {
        switch (type) {
            case FLOAT64 -> binaryDouble(op, xs, ys, n, out);
            case INT64 -> binaryLong(op, xs, ys, n, (long[]) out);
            case BOOL -> binaryBool(op, xs, ys, n, (boolean[]) out);
        }
    }

    private static void binaryDouble(Binary op, Object xs, Object ys, int n, Object out) {
        double[] x = xs instanceof double[] d ? d : null;
        double[] y = ys instanceof double[] d ? d : null;
        double xc = x == null ? (Double) xs : 0;
        double yc = y == null ? (Double) ys : 0;
        double[] r = (double[]) out;
        switch (op) {
            case ADD -> {
                for (int i = 0; i < n; i++) {
                    r[i] = (x == null ? xc : x[i]) + (y == null ? yc : y[i]);
                }
            }
            case SUB -> {
                for (int i = 0; i < n; i++) {
                    r[i] = (x == null ? xc : x[i]) - (y == null ? yc : y[i]);
                }
            }
            case MUL -> {
                for (int i = 0; i < n; i++) {
                    r[i] = (x == null ? xc : x[i]) * (y == null ? yc : y[i]);
                }
            }
            case TRUEDIV -> {
                for (int i = 0; i < n; i++) {
                    r[i] = (x == null ? xc : x[i]) / (y == null ? yc : y[i]);
                }
            }
            case FLOORDIV -> {
                for (int i = 0; i < n; i++) {
                    r[i] = floorDiv(x == null ? xc : x[i], y == null ? yc : y[i]);
                }
            }
            case MOD -> {
                for (int i = 0; i < n; i++) {
                    r[i] = mod(x == null ? xc : x[i], y == null ? yc : y[i]);
                }
            }
            case POW -> {
                for (int i = 0; i < n; i++) {
                    r[i] = pow(x == null ? xc : x[i], y == null ? yc : y[i]);
                }
            }
            default -> throw new IllegalStateException(op.toString());
        }
    }

    private static double pow(double a, double b) {
        if (b == 2.0) {
            return a * a;
        }
        return Math.pow(a, b);
    }

    /** numpy's {@code npy_floor_divide} (as Python's float {@code //}). */
    static double floorDiv(double a, double b) {
        if (b == 0) {
            return a / b;
        }
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0 && (b < 0) != (mod < 0)) {
            div -= 1.0;
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, a / b);
        }
        return floordiv;
    }

    /** numpy's {@code npy_remainder}: the sign of the divisor. */
    static double mod(double a, double b) {
        if (b == 0) {
            return a % b;
        }
        double mod = a % b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }

    private static void binaryLong(Binary op, Object xs, Object ys, int n, long[] r) {
        long[] x = xs instanceof long[] d ? d : null;
        long[] y = ys instanceof long[] d ? d : null;
        long xc = x == null ? (Long) xs : 0;
        long yc = y == null ? (Long) ys : 0;
        switch (op) {
            case ADD -> {
                for (int i = 0; i < n; i++) {
                    r[i] = (x == null ? xc : x[i]) + (y == null ? yc : y[i]);
                }
            }
            case SUB -> {
                for (int i = 0; i < n; i++) {
                    r[i] = (x == null ? xc : x[i]) - (y == null ? yc : y[i]);
                }
            }
            case MUL -> {
                for (int i = 0; i < n; i++) {
                    r[i] = (x == null ? xc : x[i]) * (y == null ? yc : y[i]);
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    r[i] = longOp(op, x == null ? xc : x[i], y == null ? yc : y[i]);
                }
            }
        }
    }

    private static long longOp(Binary op, long a, long b) {
        switch (op) {
            case FLOORDIV:
                return b == 0 ? 0 : Math.floorDiv(a, b);
            case MOD:
                return b == 0 ? 0 : Math.floorMod(a, b);
            case POW: {
                long result = 1;
                long base = a;
                long e = b;
                while (e > 0) {
                    if ((e & 1) != 0) {
                        result *= base;
                    }
                    base *= base;
                    e >>= 1;
                }
                return result;
            }
            case BITAND:
                return a & b;
            case BITOR:
                return a | b;
            case BITXOR:
                return a ^ b;
            case LSHIFT:
                return b >= 64 || b < 0 ? 0 : a << b;
            case RSHIFT:
                return b >= 64 || b < 0 ? (a < 0 ? -1 : 0) : a >> b;
            default:
                throw new IllegalStateException(op.toString());
        }
    }

    private static void binaryBool(Binary op, Object xs, Object ys, int n, boolean[] r) {
        boolean[] x = xs instanceof boolean[] d ? d : null;
        boolean[] y = ys instanceof boolean[] d ? d : null;
        boolean xc = x == null && (Boolean) xs;
        boolean yc = y == null && (Boolean) ys;
        for (int i = 0; i < n; i++) {
            boolean a = x == null ? xc : x[i];
            boolean b = y == null ? yc : y[i];
            r[i] = switch (op) {
                case ADD, BITOR -> a | b;
                case MUL, BITAND -> a & b;
                case BITXOR -> a ^ b;
                default -> throw new IllegalStateException(op.toString());
            };
        }
    }

    @TruffleBoundary
    static void compare(Compare op, DType type, Object xs, Object ys, int n, boolean[] r) {
        switch (type) {
            case FLOAT64 -> {
                double[] x = xs instanceof double[] d ? d : null;
                double[] y = ys instanceof double[] d ? d : null;
                double xc = x == null ? (Double) xs : 0;
                double yc = y == null ? (Double) ys : 0;
                for (int i = 0; i < n; i++) {
                    double a = x == null ? xc : x[i];
                    double b = y == null ? yc : y[i];
                    r[i] = switch (op) {
                        case LT -> a < b;
                        case LE -> a <= b;
                        case GT -> a > b;
                        case GE -> a >= b;
                        case EQ -> a == b;
                        default -> a != b;
                    };
                }
            }
            case INT64 -> {
                long[] x = xs instanceof long[] d ? d : null;
                long[] y = ys instanceof long[] d ? d : null;
                long xc = x == null ? (Long) xs : 0;
                long yc = y == null ? (Long) ys : 0;
                for (int i = 0; i < n; i++) {
                    long a = x == null ? xc : x[i];
                    long b = y == null ? yc : y[i];
                    r[i] = switch (op) {
                        case LT -> a < b;
                        case LE -> a <= b;
                        case GT -> a > b;
                        case GE -> a >= b;
                        case EQ -> a == b;
                        default -> a != b;
                    };
                }
            }
            case BOOL -> {
                boolean[] x = xs instanceof boolean[] d ? d : null;
                boolean[] y = ys instanceof boolean[] d ? d : null;
                boolean xc = x == null && (Boolean) xs;
                boolean yc = y == null && (Boolean) ys;
                for (int i = 0; i < n; i++) {
                    int a = (x == null ? xc : x[i]) ? 1 : 0;
                    int b = (y == null ? yc : y[i]) ? 1 : 0;
                    r[i] = switch (op) {
                        case LT -> a < b;
                        case LE -> a <= b;
                        case GT -> a > b;
                        case GE -> a >= b;
                        case EQ -> a == b;
                        default -> a != b;
                    };
                }
            }
        }
    }

    /** One-argument ufuncs; {@code xs} is of {@code type} (float64 for the transcendental ones). */
    @TruffleBoundary
    static void unary(String name, DType type, Object xs, int n, Object out) {
        if (type == DType.FLOAT64) {
            double[] x = (double[]) xs;
            double[] r = (double[]) out;
            switch (name) {
                case "sqrt" -> {
                    for (int i = 0; i < n; i++) {
                        r[i] = Math.sqrt(x[i]);
                    }
                }
                case "exp" -> {
                    for (int i = 0; i < n; i++) {
                        r[i] = Math.exp(x[i]);
                    }
                }
                case "log" -> {
                    for (int i = 0; i < n; i++) {
                        r[i] = Math.log(x[i]);
                    }
                }
                case "sin" -> {
                    for (int i = 0; i < n; i++) {
                        r[i] = Math.sin(x[i]);
                    }
                }
                case "cos" -> {
                    for (int i = 0; i < n; i++) {
                        r[i] = Math.cos(x[i]);
                    }
                }
                case "tan" -> {
                    for (int i = 0; i < n; i++) {
                        r[i] = Math.tan(x[i]);
                    }
                }
                case "absolute" -> {
                    for (int i = 0; i < n; i++) {
                        r[i] = Math.abs(x[i]);
                    }
                }
                case "negative" -> {
                    for (int i = 0; i < n; i++) {
                        r[i] = -x[i];
                    }
                }
                case "floor" -> {
                    for (int i = 0; i < n; i++) {
                        r[i] = Math.floor(x[i]);
                    }
                }
                case "ceil" -> {
                    for (int i = 0; i < n; i++) {
                        r[i] = Math.ceil(x[i]);
                    }
                }
                default -> throw new IllegalStateException(name);
            }
        } else if (type == DType.INT64) {
            long[] x = (long[]) xs;
            long[] r = (long[]) out;
            for (int i = 0; i < n; i++) {
                r[i] = switch (name) {
                    case "absolute" -> Math.abs(x[i]);
                    case "negative" -> -x[i];
                    case "invert" -> ~x[i];
                    default -> throw new IllegalStateException(name);
                };
            }
        } else {
            boolean[] x = (boolean[]) xs;
            boolean[] r = (boolean[]) out;
            for (int i = 0; i < n; i++) {
                r[i] = name.equals("invert") ? !x[i] : x[i];
            }
        }
    }
}
