package org.minipy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.ast.Operator.Binary;
import org.minipy.ast.Operator.Unary;

/**
 * The generic path of Python's binary and unary operators. Builtin operands are computed in Java
 * ({@link #builtinBinary}); when a user class is involved, CPython's protocol runs: the left operand's
 * {@code __add__}, then the right one's {@code __radd__} (first, when the right operand's class is a subclass of
 * the left's and overrides it), with {@code NotImplemented} passing the turn. The bytecode's operator nodes handle
 * int and float operands inline and come here for everything else.
 */
public final class Arith {
    private Arith() {
    }

    @TruffleBoundary
    public static Object binary(Binary op, Object a, Object b) {
        return binary(op, a, b, false);
    }

    /** {@code inPlace}: for {@code a op= b} falling back to {@code a op b}, whose TypeError names {@code op=}. */
    private static Object binary(Binary op, Object a, Object b, boolean inPlace) {
        PythonClass ca = TypeOf.classOf(a);
        PythonClass cb = TypeOf.classOf(b);
        if (ca.isBuiltin() && cb.isBuiltin()) {
            // (not for str % array: that is string formatting)
            if (a instanceof JavaOperators || (b instanceof JavaOperators && !(a instanceof String) && !(a instanceof PBytes))) {
                Object r = JavaOperators.binary(op, a, b);
                if (r != PSingleton.NOT_IMPLEMENTED) {
                    return r;
                }
                throw unsupported(op, a, b, inPlace);
            }
            Object r = builtinBinary(op, a, b);
            if (r != PSingleton.NOT_IMPLEMENTED) {
                return r;
            }
            // Builtin classes the Java cases above do not know (dict views ...) implement the operator as a method.
            Object m = Attributes.lookupBuiltinSpecial(ca, op.dunder);
            if (m != null && (r = Calls.call(m, new Object[]{a, b})) != PSingleton.NOT_IMPLEMENTED) {
                return r;
            }
            m = Attributes.lookupBuiltinSpecial(cb, op.reflectedDunder());
            if (m != null && (r = Calls.call(m, new Object[]{b, a})) != PSingleton.NOT_IMPLEMENTED) {
                return r;
            }
            throw unsupported(op, a, b, inPlace);
        }
        String reflected = op.reflectedDunder();
        // As CPython, the right operand goes first only when its class is a subclass that overrides the reflected method.
        Object rightReflected = cb != ca && cb.isSubclassOf(ca) ? Attributes.lookupUserSpecial(cb, reflected) : null;
        boolean rightFirst = rightReflected != null && ca.lookup(reflected) != rightReflected;
        if (rightFirst) {
            Object r = callUser(cb, reflected, b, a);
            if (r != PSingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        Object r = callUser(ca, op.dunder, a, b);
        if (r != PSingleton.NOT_IMPLEMENTED) {
            return r;
        }
        if (Attributes.lookupUserSpecial(ca, op.dunder) == null) {
            r = builtinBinary(op, a, b);
            if (r != PSingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (!rightFirst && cb != ca) {
            r = callUser(cb, reflected, b, a);
            if (r != PSingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (op == Binary.MUL) {
            // As CPython's sq_repeat, tried after both operands' __mul__/__rmul__: a count with __index__.
            if (isSequence(a) && Attributes.lookupUserSpecial(cb, "__index__") != null) {
                return repeat(a, Sequences.asIndex(b, "sequence"));
            } else if (isSequence(b) && Attributes.lookupUserSpecial(ca, "__index__") != null) {
                return repeat(b, Sequences.asIndex(a, "sequence"));
            }
        }
        throw unsupported(op, a, b, inPlace);
    }

    /** {@code a op= b}: the in-place method if the left operand has one, else the binary operator. */
    @TruffleBoundary
    public static Object inplace(Binary op, Object a, Object b) {
        PythonClass ca = TypeOf.classOf(a);
        if (a instanceof JavaOperators j) {
            Object r = j.inplace(op, b);
            if (r != PSingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        Object m = Attributes.lookupUserSpecial(ca, op.inplaceDunder());
        if (m != null) {
            Object r = Calls.call(m, new Object[]{a, b});
            if (r != PSingleton.NOT_IMPLEMENTED) {
                return r;
            }
        } else if (a instanceof PList list && m == null) {
            if (op == Binary.ADD) {
                for (Object e : Iteration.toArray(b)) {
                    list.append(e);
                }
                return list;
            } else if (op == Binary.MUL) {
                if (b instanceof BigInteger) {
                    throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
                }
                Object[] r = Sequences.repeatItems(list.toArray(), Sequences.asIndex(b, "sequence"));
                list.setContents(r, r.length);
                return list;
            }
        } else if (a instanceof PSet set && !set.isFrozen() && b instanceof PSet other) {
            // In place, as CPython's set_ior/set_iand/set_isub/set_ixor: the table layout carries on.
            switch (op) {
                case BITOR:
                    set.updateFrom(other);
                    return set;
                case BITAND:
                    SetOps.intersectionUpdate(set, other);
                    return set;
                case SUB:
                    set.differenceUpdate(other);
                    return set;
                case BITXOR:
                    set.symmetricDifferenceUpdate(other);
                    return set;
                default:
                    return binary(op, a, b, true);
            }
        } else if (a instanceof PDict dict && op == Binary.BITOR) {
            if (b instanceof PDict other && other.mergesDirectly()) {
                for (PDict.Entry e : other.entriesSnapshot()) {
                    dict.put(e.key, e.value);
                }
                return dict;
            }
            // Unlike dict | x, dict |= x takes anything dict.update takes (a list of pairs, a mapping).
            return Calls.call(Attributes.lookupBuiltinSpecial(ca, "__ior__"), new Object[]{a, b});
        }
        return binary(op, a, b, true);
    }

    private static Object callUser(PythonClass cls, String name, Object self, Object other) {
        Object m = Attributes.lookupUserSpecial(cls, name);
        if (m == null) {
            return PSingleton.NOT_IMPLEMENTED;
        }
        return Calls.call(m, new Object[]{self, other});
    }

    @TruffleBoundary
    public static PException unsupported(Binary op, Object a, Object b) {
        return unsupported(op, a, b, false);
    }

    private static PException unsupported(Binary op, Object a, Object b, boolean inPlace) {
        if (inPlace && op == Binary.MUL && !isSequence(a) && Sequences.hasSequenceSlots(a)) {
            // CPython's x *= seq repeats seq only when x's type has no sequence slots at all
            return Errors.typeError("unsupported operand type(s) for *=: '%s' and '%s'", TypeOf.nameOf(a), TypeOf.nameOf(b));
        }
        if (op == Binary.MUL && (isSequence(a) && !IntOps.isInt(b) || isSequence(b) && !IntOps.isInt(a))) {
            Object other = isSequence(a) ? b : a;
            return Errors.typeError("can't multiply sequence by non-int of type '%s'", TypeOf.nameOf(other));
        }
        if (op == Binary.ADD && a instanceof String && !(b instanceof String)) {
            return Errors.typeError("can only concatenate str (not \"%s\") to str", TypeOf.nameOf(b));
        }
        if (op == Binary.ADD && a instanceof PList && !(b instanceof PList)) {
            return Errors.typeError("can only concatenate list (not \"%s\") to list", TypeOf.nameOf(b));
        }
        if (op == Binary.ADD && a instanceof PTuple && !(b instanceof PTuple)) {
            return Errors.typeError("can only concatenate tuple (not \"%s\") to tuple", TypeOf.nameOf(b));
        }
        if (op == Binary.ADD && a instanceof PBytes && !(b instanceof PBytes)) {
            return Errors.typeError("can't concat %s to bytes", TypeOf.nameOf(b));
        }
        if (op == Binary.POW && !inPlace) {
            return Errors.typeError("unsupported operand type(s) for ** or pow(): '%s' and '%s'", TypeOf.nameOf(a), TypeOf.nameOf(b));
        }
        return Errors.typeError("unsupported operand type(s) for %s: '%s' and '%s'", inPlace ? op.symbol + "=" : op.symbol,
                        TypeOf.nameOf(a), TypeOf.nameOf(b));
    }

    private static boolean isSequence(Object o) {
        return o instanceof String || o instanceof PList || o instanceof PTuple || o instanceof PBytes;
    }

    private static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger;
    }

    /** The operator on builtin operands; NotImplemented when the types do not support it. */
    @TruffleBoundary
    public static Object builtinBinary(Binary op, Object left, Object right) {
        Object a = PSubclassValue.unwrap(left);
        Object b = PSubclassValue.unwrap(right);
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof Double || b instanceof Double) {
                return floatBinary(op, toDouble(a), toDouble(b));
            }
            return intBinary(op, a, b);
        }
        switch (op) {
            case ADD:
                if (a instanceof String x && b instanceof String y) {
                    return x.concat(y);
                } else if (a instanceof PList x && b instanceof PList y) {
                    return PList.concat(x, y);
                } else if (a instanceof PTuple x && b instanceof PTuple y) {
                    Object[] r = new Object[x.size() + y.size()];
                    System.arraycopy(x.getItems(), 0, r, 0, x.size());
                    System.arraycopy(y.getItems(), 0, r, x.size(), y.size());
                    return new PTuple(r);
                } else if (a instanceof PBytes x && b instanceof PBytes y) {
                    byte[] r = java.util.Arrays.copyOf(x.getBytes(), x.getBytes().length + y.getBytes().length);
                    System.arraycopy(y.getBytes(), 0, r, x.getBytes().length, y.getBytes().length);
                    return new PBytes(r);
                }
                break;
            case MUL:
                if (IntOps.isInt(b) && isSequence(a)) {
                    return repeat(a, b);
                } else if (IntOps.isInt(a) && isSequence(b)) {
                    return repeat(b, a);
                }
                break;
            case MOD:
                // the values keep their own class: %s and %r of a subclass instance use its __str__/__repr__
                if (a instanceof String s) {
                    return PercentFormat.format(s, right);
                } else if (a instanceof PBytes template) {
                    return PercentFormat.formatBytes(template, right);
                }
                break;
            case BITOR:
            case BITAND:
            case SUB:
            case BITXOR:
                if (a instanceof PSet x && b instanceof PSet y) {
                    switch (op) {
                        case BITOR:
                            return SetOps.union(x, y);
                        case BITAND:
                            return SetOps.intersection(x, y);
                        case SUB:
                            return SetOps.difference(x, y);
                        default:
                            return SetOps.symmetricDifference(x, y);
                    }
                }
                if (op == Binary.BITOR && a instanceof PDict x && b instanceof PDict y) {
                    if (!x.mergesDirectly() || !y.mergesDirectly()) {
                        return Calls.call(BuiltinTypes.DICT.lookup("__or__"), new Object[]{a, b});
                    }
                    PDict r = new PDict();
                    for (PDict.Entry e : x.entriesSnapshot()) {
                        r.put(e.key, e.value);
                    }
                    for (PDict.Entry e : y.entriesSnapshot()) {
                        r.put(e.key, e.value);
                    }
                    return r;
                }
                break;
            default:
                break;
        }
        return PSingleton.NOT_IMPLEMENTED;
    }

    private static double toDouble(Object o) {
        return o instanceof Double d ? d : IntOps.toDouble(o);
    }

    private static Object repeat(Object seq, Object count) {
        if (count instanceof BigInteger) {
            throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        long n = Math.max(0, Sequences.asIndex(count, "sequence"));
        if (seq instanceof String s) {
            if (s.isEmpty() || n == 0) {
                return "";
            }
            checkRepeatSize(n, s.length(), "repeated string is too long");
            return s.repeat((int) n);
        }
        Object[] items = seq instanceof PList l ? l.toArray() : seq instanceof PTuple t ? t.getItems() : null;
        if (items == null) {
            byte[] bytes = ((PBytes) seq).getBytes();
            if (bytes.length == 0 || n == 0) {
                return new PBytes(new byte[0]);
            }
            checkRepeatSize(n, bytes.length, "repeated bytes are too long");
            byte[] r = new byte[(int) (bytes.length * n)];
            for (int i = 0; i < n; i++) {
                System.arraycopy(bytes, 0, r, i * bytes.length, bytes.length);
            }
            return new PBytes(r);
        }
        Object[] r = Sequences.repeatItems(items, n);
        return seq instanceof PList ? new PList(r) : new PTuple(r);
    }

    /**
     * A repetition whose length does not fit Python's index size is an OverflowError for str and bytes (CPython's
     * message) and a MemoryError for lists and tuples; one that fits but not in a Java array is a MemoryError.
     */
    static void checkRepeatSize(long n, int length, String overflowMessage) {
        if (length > 0 && n > Long.MAX_VALUE / length) {
            if (overflowMessage != null) {
                throw Errors.overflowError("%s", overflowMessage);
            }
            throw Errors.raiseEmpty(BuiltinTypes.MEMORY_ERROR);
        }
        if (n * length > Integer.MAX_VALUE - 16) {
            throw Errors.raiseEmpty(BuiltinTypes.MEMORY_ERROR);
        }
    }

    @TruffleBoundary
    public static Object intBinary(Binary op, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            switch (op) {
                case ADD:
                    return IntOps.add(x, y);
                case SUB:
                    return IntOps.sub(x, y);
                case MUL:
                    return IntOps.mul(x, y);
                case FLOORDIV:
                    return IntOps.floorDiv(x, y);
                case MOD:
                    return IntOps.mod(x, y);
                default:
                    break;
            }
        }
        switch (op) {
            case ADD:
                return IntOps.addBig(IntOps.toBig(a), IntOps.toBig(b));
            case SUB:
                return IntOps.subBig(IntOps.toBig(a), IntOps.toBig(b));
            case MUL:
                return IntOps.mulBig(IntOps.toBig(a), IntOps.toBig(b));
            case FLOORDIV:
                return IntOps.floorDivBig(IntOps.toBig(a), IntOps.toBig(b));
            case MOD:
                return IntOps.modBig(IntOps.toBig(a), IntOps.toBig(b));
            case TRUEDIV:
                return IntOps.trueDiv(a, b);
            case POW:
                return IntOps.pow(a, b);
            case LSHIFT:
                return IntOps.lshift(a, b);
            case RSHIFT:
                return IntOps.rshift(a, b);
            case BITAND:
                if (a instanceof Boolean x && b instanceof Boolean y) {
                    return x & y;
                }
                return IntOps.and(a, b);
            case BITOR:
                if (a instanceof Boolean x && b instanceof Boolean y) {
                    return x | y;
                }
                return IntOps.or(a, b);
            case BITXOR:
                if (a instanceof Boolean x && b instanceof Boolean y) {
                    return x ^ y;
                }
                return IntOps.xor(a, b);
            default:
                return PSingleton.NOT_IMPLEMENTED;
        }
    }

    public static Object floatBinary(Binary op, double x, double y) {
        switch (op) {
            case ADD:
                return x + y;
            case SUB:
                return x - y;
            case MUL:
                return x * y;
            case TRUEDIV:
                return FloatOps.trueDiv(x, y);
            case FLOORDIV:
                return FloatOps.floorDiv(x, y);
            case MOD:
                return FloatOps.mod(x, y);
            case POW:
                return FloatOps.pow(x, y);
            default:
                return PSingleton.NOT_IMPLEMENTED;
        }
    }

    @TruffleBoundary
    public static Object unary(Unary op, Object a) {
        if (op == Unary.NOT) {
            return !Truth.isTrue(a);
        }
        PythonClass cls = TypeOf.classOf(a);
        Object user = Attributes.lookupUserSpecial(cls, op.dunder);
        if (user != null) {
            return Calls.call(user, new Object[]{a});
        }
        a = PSubclassValue.unwrap(a);
        if (IntOps.isInt(a)) {
            Object v = a instanceof Boolean bool ? (Object) (bool ? 1L : 0L) : a;
            switch (op) {
                case NEG:
                    return IntOps.negate(v);
                case POS:
                    return v;
                case INVERT:
                    return IntOps.normalize(IntOps.toBig(v).not());
                default:
                    break;
            }
        } else if (a instanceof Double d) {
            if (op == Unary.NEG) {
                return -d;
            } else if (op == Unary.POS) {
                return d;
            }
        }
        if (a instanceof JavaOperators j) {
            return j.unary(op);
        }
        throw Errors.typeError("bad operand type for unary %s: '%s'", op.symbol, cls.getName());
    }
}
