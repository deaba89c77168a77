package org.minipy.builtins;

import java.util.function.BiConsumer;
import java.util.function.Function;

import org.minipy.runtime.BuiltinBody;
import org.minipy.runtime.Descriptors;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PythonClass;

/**
 * Small helpers the {@code *Methods} classes use to put their builtins into a class: a method (with its qualified
 * name, {@code list.pop}), a constructor ({@code __new__}, a static method as in CPython), a class method, and a
 * Java-computed attribute ({@link Descriptors.GetSet}).
 */
final class Install {
    private Install() {
    }

    /** Defines a method described as in {@link PBuiltinFunction#create}; returns it. */
    static PBuiltinFunction method(PythonClass cls, String spec, BuiltinBody body) {
        PBuiltinFunction fn = PBuiltinFunction.create(spec, body);
        fn.setQualifiedName(cls.getName() + "." + fn.getName());
        fn.setOwner(cls);
        cls.define(fn.getName(), fn);
        return fn;
    }

    /** Defines the same function object under another name too ({@code __ne__} sharing code is not enough). */
    static void alias(PythonClass cls, String name, String existing) {
        cls.define(name, cls.getOwnAttribute(existing));
    }

    /**
     * Makes a builtin class callable: the function is stored as the class's {@code __new__} (a staticmethod, which is
     * how class calls find it) whatever name the spec gives, so the spec can name the class itself
     * ({@code "enumerate(cls, iterable, start=0)"}) for CPython's argument-error messages.
     */
    static PBuiltinFunction constructor(PythonClass cls, String spec, BuiltinBody body) {
        PBuiltinFunction fn = PBuiltinFunction.create(spec, body);
        fn.setQualifiedName(cls.getName() + ".__new__");
        cls.define("__new__", new Descriptors.PStaticMethod(fn));
        return fn;
    }

    /** Defines a classmethod such as {@code dict.fromkeys}: the first argument is the class. */
    static PBuiltinFunction classMethod(PythonClass cls, String spec, BuiltinBody body) {
        PBuiltinFunction fn = PBuiltinFunction.create(spec, body);
        fn.setQualifiedName(cls.getName() + "." + fn.getName());
        cls.define(fn.getName(), new Descriptors.PClassMethod(fn));
        return fn;
    }

    /** Defines a read-only (setter null) or writable Java-computed attribute. */
    static void getSet(PythonClass cls, String name, Function<Object, Object> getter, BiConsumer<Object, Object> setter) {
        cls.define(name, new Descriptors.GetSet(name, getter, setter));
    }

    /** Defines a read-only member such as {@code range.start}: a write says "readonly attribute", as in CPython. */
    static void readonlyMember(PythonClass cls, String name, Function<Object, Object> getter) {
        cls.define(name, Descriptors.GetSet.readonlyMember(name, getter));
    }
}
