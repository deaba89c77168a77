package org.minipy.runtime;

import org.minipy.runtime.PythonClass.Layout;

/**
 * A read-only view of a dict, CPython's {@code mappingproxy}: what a class's {@code __dict__} and a dict view's
 * {@code mapping} give. Its methods (reading ones only) are installed by {@code org.minipy.builtins.DictMethods}.
 */
public final class PMappingProxy implements HasPythonClass {
    public static final PythonClass CLASS = new PythonClass("mappingproxy", new PythonClass[]{BuiltinTypes.OBJECT}, true, Layout.NONE);

    private final PDict mapping;

    public PMappingProxy(PDict mapping) {
        this.mapping = mapping;
    }

    public PDict getMapping() {
        return mapping;
    }

    @Override
    public PythonClass getPythonClass() {
        return CLASS;
    }
}
