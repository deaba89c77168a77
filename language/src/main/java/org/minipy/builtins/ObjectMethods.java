package org.minipy.builtins;

import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Instantiation;

/** The methods of {@code object}, the root of every class. */
final class ObjectMethods {
    private ObjectMethods() {
    }

    static void install() {
        BuiltinTypes.OBJECT.define("__new__", Instantiation.OBJECT_NEW);
        BuiltinTypes.OBJECT.define("__init__", Instantiation.OBJECT_INIT);
    }
}
