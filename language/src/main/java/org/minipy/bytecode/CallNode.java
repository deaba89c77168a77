package org.minipy.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;

import com.oracle.truffle.api.Assumption;

import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Errors;
import org.minipy.runtime.Instantiation;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PRange;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.PythonObject;
import org.minipy.runtime.TypeOf;
import org.minipy.runtime.PBoundMethod;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PythonCode;
import org.minipy.runtime.Signature;

/**
 * A call site's fast path: calls of Python functions (and methods bound to them) go straight to the callee's call
 * target through a {@link DirectCallNode}, so the compiler can inline the callee. The cache is keyed by the code
 * object, not the function, so closures made by one {@code def} share it. Everything else (builtins, classes,
 * objects with {@code __call__}, keyword arguments) takes the general path of {@link Calls}.
 */
@GenerateInline(false)
public abstract class CallNode extends Node {
    public abstract Object execute(Object callee, Object[] args);

    @Specialization(guards = "callee.getCode() == cachedCode", limit = "3")
    static Object callFunction(PFunction callee, Object[] args,
                    @Cached("callee.getCode()") PythonCode cachedCode,
                    @Cached("create(cachedCode.getCallTarget())") DirectCallNode callNode) {
        return invoke(callee, cachedCode, args, callNode);
    }

    @Specialization(guards = {"cachedCode != null", "functionCode(callee) == cachedCode"}, limit = "3")
    static Object callMethod(PBoundMethod callee, Object[] args,
                    @Cached("functionCode(callee)") PythonCode cachedCode,
                    @Cached("create(cachedCode.getCallTarget())") DirectCallNode callNode) {
        return invoke((PFunction) callee.getFunction(), cachedCode, Instantiation.prepend(callee.getSelf(), args), callNode);
    }

    /**
     * {@code C(args)} for a user class with plain instances, object's {@code __new__} and a Python {@code __init__}:
     * allocates inline and calls {@code __init__} directly. Cached while the class is unchanged.
     */
    @Specialization(guards = {"callee == cachedClass", "init != null"}, assumptions = "classUnchanged", limit = "3")
    static Object instantiate(PythonClass callee, Object[] args,
                    @Cached("callee") PythonClass cachedClass,
                    @Cached("cachedClass.getStableAssumption()") Assumption classUnchanged,
                    @Cached("plainInit(cachedClass)") PFunction init,
                    @Cached("init.getCode()") PythonCode initCode,
                    @Cached("create(initCode.getCallTarget())") DirectCallNode callNode) {
        PythonObject instance = new PythonObject(cachedClass);
        Object result = invoke(init, initCode, Instantiation.prepend(instance, args), callNode);
        if (result != PNone.NONE) {
            throw initReturned(result);
        }
        return instance;
    }

    /**
     * {@code range(stop)} and {@code range(start, stop)} over ints, the head of most {@code for} loops, built inline so
     * that in compiled code neither the range nor its iterator needs to exist in memory.
     */
    @Specialization(guards = {"callee == RANGE", "isSimpleRange(args)"})
    static Object range(PythonClass callee, Object[] args) {
        if (args.length == 1) {
            return new PRange(0, (long) args[0], 1);
        }
        return new PRange((long) args[0], (long) args[1], 1);
    }

    static final PythonClass RANGE = BuiltinTypes.RANGE;

    /** One or two int arguments whose range length fits in 64 bits (else {@code range} makes a big range). */
    static boolean isSimpleRange(Object[] args) {
        if (args.length == 1) {
            return args[0] instanceof Long;
        }
        return args.length == 2 && args[0] instanceof Long start && args[1] instanceof Long stop
                        && (stop <= start || stop - start > 0);
    }

    /**
     * {@code set(xs)}, {@code tuple(g)}, {@code int(s)}, {@code ValueError(m)}...: a builtin class is constructed by
     * calling its builtin {@code __new__} and (when it has its own) builtin {@code __init__} directly, found once:
     * builtin classes never change.
     */
    @Specialization(guards = {"callee == cachedClass", "newFunction != null"}, assumptions = "classUnchanged", limit = "3")
    static Object constructBuiltin(PythonClass callee, Object[] args,
                    @Bind Node node,
                    @Cached("callee") PythonClass cachedClass,
                    @Cached("cachedClass.getStableAssumption()") Assumption classUnchanged,
                    @Cached("builtinNew(cachedClass)") org.minipy.runtime.PBuiltinFunction newFunction,
                    @Cached("builtinInit(cachedClass)") org.minipy.runtime.PBuiltinFunction initFunction,
                    @Cached("consumesWholeIterable(cachedClass)") boolean consumesWholeIterable,
                    @Cached("cachedClass == STR") boolean isStr,
                    @Cached("cachedClass == INT") boolean isInt,
                    @Cached("cachedClass == FLOAT") boolean isFloat,
                    @Cached GeneratorResumeNode resume) {
        if (args.length == 1) {
            // str(i), int(x), float(i): the commonest conversions, without binding the constructors' arguments
            Object converted = isStr ? strOfNumber(args[0]) : isInt ? intOfNumber(args[0]) : isFloat ? floatOfNumber(args[0]) : null;
            if (converted != null) {
                return converted;
            }
        }
        Object[] arguments = args;
        if (consumesWholeIterable && args.length == 1 && args[0] instanceof PGenerator generator) {
            arguments = new Object[]{drain(generator, resume, node)};
        }
        Object instance = callBuiltin(newFunction, Instantiation.prepend(cachedClass, arguments));
        if (TypeOf.classOf(instance) != cachedClass) {
            return Instantiation.initialize(cachedClass, instance, arguments, null, null); // OSError(2, m): a subclass
        }
        if (initFunction != null) {
            callBuiltin(initFunction, Instantiation.prepend(instance, arguments));
        }
        return instance;
    }

    static final PythonClass STR = BuiltinTypes.STR;
    static final PythonClass INT = BuiltinTypes.INT;
    static final PythonClass FLOAT = BuiltinTypes.FLOAT;

    /** {@code int(value)} of an int, bool or finite float; null for anything else (strs parse the general way). */
    static Object intOfNumber(Object value) {
        if (value instanceof Long) {
            return value;
        } else if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (value instanceof Double d && Math.abs(d) < 0x1p62) {
            return (long) (double) d; // truncation toward zero, as int(float) does
        }
        return null;
    }

    /** {@code float(value)} of a float, an int or a bool; null for anything else. */
    static Object floatOfNumber(Object value) {
        if (value instanceof Double) {
            return value;
        } else if (value instanceof Long l) {
            return (double) l;
        } else if (value instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        return null;
    }

    /** {@code str(value)} of an int, float, bool or str, as {@code Repr.str} gives it; null for anything else. */
    static String strOfNumber(Object value) {
        if (value instanceof String s) {
            return s;
        } else if (value instanceof Long || value instanceof Double) {
            return numberToString(value);
        } else if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return null;
    }

    @TruffleBoundary
    private static String numberToString(Object value) {
        return value instanceof Long l ? Long.toString(l) : org.minipy.runtime.FloatOps.repr((Double) value);
    }

    /** The builtin {@code __new__} of a builtin class whose {@code __init__}, if any, is builtin too; else null. */
    @TruffleBoundary
    static org.minipy.runtime.PBuiltinFunction builtinNew(PythonClass cls) {
        if (!cls.isBuiltin() || cls == BuiltinTypes.TYPE) {
            return null;
        }
        Object init = cls.lookup("__init__");
        if (init != null && !(init instanceof org.minipy.runtime.PBuiltinFunction)) {
            return null;
        }
        return cls.lookup("__new__") instanceof org.minipy.runtime.Descriptors.PStaticMethod sm
                        && sm.function instanceof org.minipy.runtime.PBuiltinFunction f ? f : null;
    }

    /** The class's own builtin {@code __init__}; null when it has none beyond object's (which does nothing). */
    @TruffleBoundary
    static org.minipy.runtime.PBuiltinFunction builtinInit(PythonClass cls) {
        Object init = cls.lookup("__init__");
        return init != Instantiation.OBJECT_INIT && init instanceof org.minipy.runtime.PBuiltinFunction f ? f : null;
    }

    /**
     * {@code tuple(g)}, {@code list(g)}, {@code set(g)}, {@code frozenset(g)} of a generator — the idioms
     * {@code set(f(x) for x in xs)} — would have the builtin resume the generator item by item through a boundary;
     * as these constructors take every item anyway, the generator is run to its end here instead, where the compiler
     * sees the loop and can inline the generator's body ({@link GeneratorResumeNode}), and the builtin gets a list.
     */
    static boolean consumesWholeIterable(PythonClass cls) {
        return cls == BuiltinTypes.TUPLE || cls == BuiltinTypes.LIST || cls == BuiltinTypes.SET || cls == BuiltinTypes.FROZENSET;
    }

    static org.minipy.runtime.PList drain(PGenerator generator, GeneratorResumeNode resume, Node node) {
        org.minipy.runtime.PList items = new org.minipy.runtime.PList();
        Object item;
        while ((item = resume.execute(generator, PNone.NONE)) != null) {
            items.append(item);
        }
        LoopNode.reportLoopCount(node, items.size());
        return items;
    }

    /**
     * {@code sum(generator)} — the idiom {@code sum(f(x) for x in xs)} — runs here rather than in the builtin, so the
     * compiler sees the whole loop: the generator is resumed through {@link GeneratorResumeNode} and the items are
     * added with the {@code +} operation's specialisations.
     */
    @Specialization(guards = "isSumOfGenerator(callee, args)")
    static Object sumOfGenerator(org.minipy.runtime.PBuiltinFunction callee, Object[] args,
                    @Bind Node node,
                    @Cached GeneratorResumeNode resume,
                    @Cached ArithmeticOperations.Add add) {
        PGenerator generator = (PGenerator) args[0];
        Object total = 0L;
        int count = 0;
        Object item;
        while ((item = resume.execute(generator, PNone.NONE)) != null) {
            total = add.execute(total, item);
            count++;
        }
        LoopNode.reportLoopCount(node, count);
        return total;
    }

    static boolean isSumOfGenerator(org.minipy.runtime.PBuiltinFunction callee, Object[] args) {
        return callee.getBody() == org.minipy.builtins.BuiltinIteration.SUM && args.length == 1
                        && args[0] instanceof PGenerator;
    }

    /** {@code len(x)} of a plain list or tuple, read inline. */
    @Specialization(guards = "isLengthOfSequence(callee, args)")
    static long lengthOfSequence(org.minipy.runtime.PBuiltinFunction callee, Object[] args) {
        return args[0] instanceof org.minipy.runtime.PList list ? list.size() : ((org.minipy.runtime.PTuple) args[0]).size();
    }

    static boolean isLengthOfSequence(org.minipy.runtime.PBuiltinFunction callee, Object[] args) {
        if (callee.getBody() != org.minipy.builtins.MethodIntrinsics.LEN || args.length != 1) {
            return false;
        }
        Object value = args[0];
        return value instanceof org.minipy.runtime.PList list ? list.isExact() : value instanceof org.minipy.runtime.PTuple tuple && tuple.isExact();
    }

    /** {@code max(a, b)}, {@code min(a, b)} of two ints or two floats: the first of equal ones, as CPython. */
    @Specialization(guards = "isMinMaxOfTwoNumbers(callee, args)")
    static Object minMaxOfTwo(org.minipy.runtime.PBuiltinFunction callee, Object[] args) {
        boolean max = callee.getBody() == org.minipy.builtins.MethodIntrinsics.MAX;
        Object a = args[0];
        Object b = args[1];
        if (a instanceof Long x) {
            long y = (Long) b;
            return (max ? y > x : y < x) ? b : a;
        }
        double x = (Double) a;
        double y = (Double) b;
        return (max ? y > x : y < x) ? b : a;
    }

    static boolean isMinMaxOfTwoNumbers(org.minipy.runtime.PBuiltinFunction callee, Object[] args) {
        return (callee.getBody() == org.minipy.builtins.MethodIntrinsics.MAX || callee.getBody() == org.minipy.builtins.MethodIntrinsics.MIN) &&
                        args.length == 2 && (args[0] instanceof Long && args[1] instanceof Long || args[0] instanceof Double && args[1] instanceof Double);
    }

    /** {@code abs(x)} of an int or a float. */
    @Specialization(guards = "isAbsOfNumber(callee, args)")
    static Object absOfNumber(org.minipy.runtime.PBuiltinFunction callee, Object[] args) {
        return args[0] instanceof Long l ? (Object) Math.abs(l) : (Object) Math.abs((Double) args[0]);
    }

    static boolean isAbsOfNumber(org.minipy.runtime.PBuiltinFunction callee, Object[] args) {
        return callee.getBody() == org.minipy.builtins.MethodIntrinsics.ABS && args.length == 1 &&
                        (args[0] instanceof Long l && l != Long.MIN_VALUE || args[0] instanceof Double);
    }

    /** {@code math.sqrt(x)} and the other one-argument float functions, inline for a finite result. */
    @Specialization(guards = {"callee == cachedFunction", "cachedFunction.getDoubleBody() != null", "args.length == 1"}, limit = "3")
    static Object floatFunction(org.minipy.runtime.PBuiltinFunction callee, Object[] args,
                    @Cached("callee") org.minipy.runtime.PBuiltinFunction cachedFunction) {
        Object x = args[0];
        double result;
        if (x instanceof Double d) {
            result = cachedFunction.getDoubleBody().applyAsDouble(d);
        } else if (x instanceof Long l) {
            result = cachedFunction.getDoubleBody().applyAsDouble(l);
        } else {
            return callBuiltin(cachedFunction, args);
        }
        return Double.isFinite(result) ? result : callBuiltin(cachedFunction, args); // (math errors, nan and inf)
    }

    static boolean isFloatFunction(org.minipy.runtime.PBuiltinFunction callee, Object[] args) {
        return callee.getDoubleBody() != null && args.length == 1;
    }

    @Specialization(guards = {"!isSumOfGenerator(callee, args)", "!isLengthOfSequence(callee, args)", "!isFloatFunction(callee, args)",
                    "!isMinMaxOfTwoNumbers(callee, args)", "!isAbsOfNumber(callee, args)"})
    static Object builtin(org.minipy.runtime.PBuiltinFunction callee, Object[] args) {
        return callBuiltin(callee, args);
    }

    @TruffleBoundary
    static Object callBuiltin(org.minipy.runtime.PBuiltinFunction function, Object[] args) {
        return function.call(args, null, null);
    }

    @Specialization(replaces = {"callFunction", "callMethod", "instantiate", "constructBuiltin"})
    static Object callGeneric(Object callee, Object[] args) {
        return Calls.call(callee, args, null, null);
    }

    /** The {@code __init__} function of a class whose instances need nothing but allocation and that call. */
    @TruffleBoundary
    static PFunction plainInit(PythonClass cls) {
        if (cls.isBuiltin() || cls.getLayout() != PythonClass.Layout.OBJECT || TypeOf.classOf(cls) != BuiltinTypes.TYPE) {
            return null;
        }
        Object newMethod = cls.lookup("__new__");
        if (newMethod != null && newMethod != Instantiation.OBJECT_NEW) {
            return null;
        }
        return cls.lookup("__init__") instanceof PFunction f && !f.getCode().isGenerator() ? f : null;
    }

    @TruffleBoundary
    private static RuntimeException initReturned(Object result) {
        return Errors.typeError("__init__() should return None, not '%s'", TypeOf.nameOf(result));
    }

    static PythonCode functionCode(PBoundMethod method) {
        return method.getFunction() instanceof PFunction f ? f.getCode() : null;
    }

    /** Binds the arguments (inline for plain positional calls) and runs the callee; wraps generator frames. */
    static Object invoke(PFunction function, PythonCode code, Object[] args, DirectCallNode callNode) {
        Signature signature = code.getSignature();
        Object[] frameArguments;
        if (signature.isSimple() && args.length == signature.getPositionalCount()) {
            frameArguments = new Object[args.length + PythonCode.ARG_FIRST_PARAMETER];
            frameArguments[PythonCode.ARG_FUNCTION] = function;
            System.arraycopy(args, 0, frameArguments, PythonCode.ARG_FIRST_PARAMETER, args.length);
        } else {
            frameArguments = Calls.frameArguments(function, args, null, null);
        }
        return FunctionInvocation.finish(function, code, callNode.call(frameArguments));
    }
}
