package org.minipy.compiler;

import org.minipy.runtime.Attributes;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.PythonObject;

/**
 * The importlib records CPython keeps in a module's namespace: {@code __loader__} (a SourceFileLoader) and
 * {@code __spec__} (a ModuleSpec). MiniPy's loader does not use them; they are there so that {@code dir()} and
 * {@code vars()} of a module list what CPython lists, and a program can read {@code __spec__.name},
 * {@code __loader__.path} and the like.
 */
final class ModuleSpecs {
    private ModuleSpecs() {
    }

    private static final PythonClass SOURCE_FILE_LOADER = recordClass("SourceFileLoader", "_frozen_importlib_external");
    private static final PythonClass MODULE_SPEC = recordClass("ModuleSpec", "_frozen_importlib");

    private static PythonClass recordClass(String name, String module) {
        PythonClass cls = new PythonClass(name, new PythonClass[]{BuiltinTypes.OBJECT}, false, PythonClass.Layout.OBJECT);
        cls.define("__module__", module);
        return cls;
    }

    /** The loader of a module read from {@code path}. */
    static Object loader(String name, String path) {
        PythonObject loader = new PythonObject(SOURCE_FILE_LOADER);
        Attributes.putOwn(loader, "name", name);
        Attributes.putOwn(loader, "path", path);
        return loader;
    }

    /** The spec of a module read from {@code origin}; {@code packagePath} is a package's directory, else null. */
    static Object spec(String name, Object loader, String origin, String packagePath) {
        PythonObject spec = new PythonObject(MODULE_SPEC);
        Attributes.putOwn(spec, "name", name);
        Attributes.putOwn(spec, "loader", loader);
        Attributes.putOwn(spec, "origin", origin);
        Attributes.putOwn(spec, "loader_state", PNone.NONE);
        Attributes.putOwn(spec, "submodule_search_locations", packagePath == null ? PNone.NONE : new PList(new Object[]{packagePath}));
        int dot = name.lastIndexOf('.');
        Attributes.putOwn(spec, "parent", packagePath != null ? name : dot < 0 ? "" : name.substring(0, dot));
        Attributes.putOwn(spec, "has_location", true);
        Attributes.putOwn(spec, "cached", PNone.NONE);
        return spec;
    }
}
