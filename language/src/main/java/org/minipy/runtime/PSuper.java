package org.minipy.runtime;

/** {@code super()}: attribute lookup that starts after a class in the MRO of the object's class. (Minimal version.) */
public final class PSuper implements HasPythonClass {
    public final PythonClass startAfter;
    public final Object self;

    public PSuper(PythonClass startAfter, Object self) {
        this.startAfter = startAfter;
        this.self = self;
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinTypes.SUPER;
    }
}
