package org.minipy.builtins;

import org.minipy.compiler.ModuleLoader;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.PythonContext;

/**
 * Types as values in annotations (PEP 585 and 604): {@code list[int]} (a {@code types.GenericAlias}, from the
 * {@code __class_getitem__} of the builtin containers and {@code type}) and {@code int | None} (a
 * {@code types.UnionType}, from {@code type.__or__}). Both objects are written in Python, in MiniPy's {@code types}
 * module, which is imported the first time one is needed.
 */
final class GenericTypes {
    private GenericTypes() {
    }

    static void install() {
        for (PythonClass cls : new PythonClass[]{BuiltinTypes.LIST, BuiltinTypes.DICT, BuiltinTypes.TUPLE, BuiltinTypes.SET,
                        BuiltinTypes.FROZENSET, BuiltinTypes.TYPE, BuiltinTypes.BASE_EXCEPTION_GROUP}) {
            Install.classMethod(cls, "__class_getitem__(cls, item, /)", a -> callTypes("_class_getitem", a[0], a[1]));
        }
        PythonClass type = BuiltinTypes.TYPE;
        Install.method(type, "__or__(self, other, /)", a -> callTypes("_type_or", a[0], a[1]));
        Install.method(type, "__ror__(self, other, /)", a -> callTypes("_type_or", a[1], a[0]));
    }

    private static Object callTypes(String function, Object... args) {
        PModule types = (PModule) ModuleLoader.importModule(PythonContext.get(), "types");
        return Calls.call(types.getGlobal(function), args);
    }
}
