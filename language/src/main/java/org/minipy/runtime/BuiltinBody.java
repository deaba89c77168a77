package org.minipy.runtime;

/** The Java code of a builtin function or method; receives the arguments already bound to its signature's slots. */
@FunctionalInterface
public interface BuiltinBody {
    Object call(Object[] args);
}
