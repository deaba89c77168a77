package org.minipy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives;

/**
 * {@code type(x)}: the Python class of any value. Java's boxed primitives and strings stand for Python's ints, floats,
 * bools and strs directly; every other MiniPy object knows its class ({@link HasPythonClass}).
 */
public final class TypeOf {
    private TypeOf() {
    }

    public static PythonClass classOf(Object value) {
        if (value instanceof HasPythonClass h) {
            return h.getPythonClass();
        } else if (value instanceof Long || value instanceof BigInteger) {
            return BuiltinTypes.INT;
        } else if (value instanceof String) {
            return BuiltinTypes.STR;
        } else if (value instanceof Double) {
            return BuiltinTypes.FLOAT;
        } else if (value instanceof Boolean) {
            return BuiltinTypes.BOOL;
        } else if (value == PNone.NONE) {
            return BuiltinTypes.NONE_TYPE;
        } else if (value == PSingleton.NOT_IMPLEMENTED) {
            return BuiltinTypes.NOT_IMPLEMENTED_TYPE;
        } else if (value == PSingleton.ELLIPSIS) {
            return BuiltinTypes.ELLIPSIS_TYPE;
        }
        CompilerDirectives.transferToInterpreter();
        throw new IllegalStateException("not a Python value: " + (value == null ? "null" : value.getClass().getName()));
    }

    /** The class name as error messages print it: {@code 'int'}, {@code 'Foo'}. */
    public static String nameOf(Object value) {
        return classOf(value).getTypeName();
    }
}
