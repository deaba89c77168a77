package org.minipy.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.runtime.PDict;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNone;

/**
 * The builtin methods that inner loops call most, for the {@code receiver.name(args)} call sites of the bytecode
 * ({@code CallMethod}): {@code list.append}, {@code dict.get}, and {@code str}'s {@code lower upper strip split join}.
 * A site whose name is one of these and whose receiver is a plain list, dict or str calls the method's code here
 * directly, without the general builtin call (no argument array for the binder, no dispatch through the body
 * lambda). Each entry runs the same code as the installed builtin, so the result cannot differ; anything else — a
 * subclass receiver, keyword or unusual arguments — takes the ordinary path. {@link #LEN}, {@link #MIN},
 * {@link #MAX} and {@link #ABS} are here for the same purpose: the call site of the bytecode recognises these bodies
 * and does {@code len} of plain lists and tuples, and {@code min}/{@code max}/{@code abs} of plain numbers, inline.
 */
public final class MethodIntrinsics {
    private MethodIntrinsics() {
    }

    /** {@code len}'s body; call sites recognise it to measure plain lists and tuples inline (bytecode.CallNode). */
    public static final org.minipy.runtime.BuiltinBody LEN = a -> org.minipy.runtime.Sequences.length(a[0]);

    /** {@code min}'s, {@code max}'s and {@code abs}'s bodies: call sites do two ints or two floats inline. */
    public static final org.minipy.runtime.BuiltinBody MIN = a -> BuiltinIteration.minMax("min", a, org.minipy.ast.Operator.Compare.LT);
    public static final org.minipy.runtime.BuiltinBody MAX = a -> BuiltinIteration.minMax("max", a, org.minipy.ast.Operator.Compare.GT);
    public static final org.minipy.runtime.BuiltinBody ABS = a -> BuiltinNumbers.abs(a[0]);

    public static final int NONE = 0;
    private static final int LIST_APPEND = 1;
    private static final int DICT_GET = 2;
    private static final int STR_LOWER = 3;
    private static final int STR_UPPER = 4;
    private static final int STR_STRIP = 5;
    private static final int STR_SPLIT = 6;
    private static final int STR_JOIN = 7;

    /** Which intrinsic a method name may be; decided once per call site. */
    public static int kindOf(String name) {
        return switch (name) {
            case "append" -> LIST_APPEND;
            case "get" -> DICT_GET;
            case "lower" -> STR_LOWER;
            case "upper" -> STR_UPPER;
            case "strip" -> STR_STRIP;
            case "split" -> STR_SPLIT;
            case "join" -> STR_JOIN;
            default -> NONE;
        };
    }

    /** Whether the intrinsic consumes its argument whole, so that a generator may be drained before the call. */
    public static boolean takesWholeIterable(int kind) {
        return kind == STR_JOIN;
    }

    /** Whether this call is one the intrinsic of {@code kind} handles exactly like the builtin. */
    public static boolean accepts(int kind, Object receiver, Object[] args) {
        return switch (kind) {
            case LIST_APPEND -> receiver instanceof PList list && list.isExact() && args.length == 1;
            case DICT_GET -> receiver instanceof PDict dict && dict.isExact() && (args.length == 1 || args.length == 2);
            case STR_LOWER, STR_UPPER -> receiver instanceof String && args.length == 0;
            case STR_STRIP -> receiver instanceof String && (args.length == 0 || args.length == 1 && args[0] instanceof String);
            case STR_SPLIT -> receiver instanceof String && (args.length == 0 || args.length == 1 && args[0] instanceof String);
            case STR_JOIN -> receiver instanceof String && args.length == 1;
            default -> false;
        };
    }

    /** Runs the method; only after {@link #accepts} said yes. {@code kind} is a constant of the call site. */
    public static Object call(int kind, Object receiver, Object[] args) {
        switch (kind) {
            case LIST_APPEND:
                ((PList) receiver).append(args[0]);
                return PNone.NONE;
            case DICT_GET: {
                Object value = ((PDict) receiver).get(args[0]);
                return value != null ? value : args.length == 2 ? args[1] : PNone.NONE;
            }
            case STR_LOWER:
                return lower((String) receiver);
            case STR_UPPER:
                return upper((String) receiver);
            case STR_STRIP:
                return strip((String) receiver, args.length == 0 ? PNone.NONE : args[0]);
            case STR_SPLIT:
                return split((String) receiver, args.length == 0 ? PNone.NONE : args[0]);
            case STR_JOIN:
                return join((String) receiver, args[0]);
            default:
                throw new IllegalStateException("not an intrinsic: " + kind);
        }
    }

    @TruffleBoundary
    private static String lower(String s) {
        return StrMethods.lower(s);
    }

    @TruffleBoundary
    private static String upper(String s) {
        return StrMethods.upper(s);
    }

    @TruffleBoundary
    private static String strip(String s, Object chars) {
        return StrMethods.strip(s, chars, true, true, "strip");
    }

    @TruffleBoundary
    private static PList split(String s, Object separator) {
        return StrMethods.split(s, separator, -1, false);
    }

    @TruffleBoundary
    private static String join(String separator, Object iterable) {
        return StrMethods.join(separator, iterable);
    }
}
