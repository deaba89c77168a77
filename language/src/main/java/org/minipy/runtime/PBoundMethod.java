package org.minipy.runtime;

/** A function bound to the object it was looked up on: {@code obj.method} before it is called. */
public final class PBoundMethod implements HasPythonClass {
    private final Object self;
    private final Object function;

    public PBoundMethod(Object self, Object function) {
        this.self = self;
        this.function = function;
    }

    public Object getSelf() {
        return self;
    }

    public Object getFunction() {
        return function;
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinTypes.METHOD;
    }
}
