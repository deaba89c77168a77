package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Creates a class from a {@code class} statement's name, bases and executed namespace. (Minimal version.) */
public final class ClassFactory {
    private ClassFactory() {
    }

    @TruffleBoundary
    public static PythonClass create(String name, PythonClass[] bases, PDict namespace) {
        PythonClass[] b = bases.length == 0 ? new PythonClass[]{BuiltinTypes.OBJECT} : bases;
        PythonClass.Layout layout = PythonClass.Layout.OBJECT;
        for (PythonClass base : b) {
            if (base.getLayout() != PythonClass.Layout.OBJECT) {
                layout = base.getLayout();
            }
        }
        PythonClass cls = new PythonClass(name, b, false, layout);
        for (PDict.Entry e : namespace.entriesSnapshot()) {
            if (e.key instanceof String key) {
                Object value = e.value;
                if (key.equals("__new__") && value instanceof PFunction) {
                    value = new Descriptors.PStaticMethod(value);
                }
                cls.define(key, value);
            }
        }
        if (namespace.get("__qualname__") instanceof String q) {
            cls.setQualname(q);
        }
        if (namespace.containsKey("__eq__") && !namespace.containsKey("__hash__")) {
            cls.define("__hash__", PNone.NONE);
        }
        return cls;
    }
}
