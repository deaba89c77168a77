package org.minipy.runtime;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The descriptor objects that change what an attribute lookup returns: {@code property}, {@code staticmethod},
 * {@code classmethod}, and {@link GetSet}, the Java-implemented attributes of builtin objects ({@code e.args},
 * {@code f.__name__}). {@link Attributes} applies them.
 */
public final class Descriptors {
    private Descriptors() {
    }

    /** {@code property(fget, fset, fdel, doc)}; a data descriptor. */
    public static final class PProperty implements HasPythonClass {
        public final Object getter;
        public final Object setter;
        public final Object deleter;
        public final Object doc;

        public PProperty(Object getter, Object setter, Object deleter, Object doc) {
            this.getter = getter;
            this.setter = setter;
            this.deleter = deleter;
            this.doc = doc;
        }

        @Override
        public PythonClass getPythonClass() {
            return BuiltinTypes.PROPERTY;
        }
    }

    public static final class PStaticMethod implements HasPythonClass {
        public final Object function;

        public PStaticMethod(Object function) {
            this.function = function;
        }

        @Override
        public PythonClass getPythonClass() {
            return BuiltinTypes.STATICMETHOD;
        }
    }

    public static final class PClassMethod implements HasPythonClass {
        public final Object function;

        public PClassMethod(Object function) {
            this.function = function;
        }

        @Override
        public PythonClass getPythonClass() {
            return BuiltinTypes.CLASSMETHOD;
        }
    }

    /** An attribute of a builtin class computed in Java; a data descriptor when it has a setter. */
    public static final class GetSet implements HasPythonClass {
        public final String name;
        public final Function<Object, Object> getter;
        public final BiConsumer<Object, Object> setter;

        public GetSet(String name, Function<Object, Object> getter, BiConsumer<Object, Object> setter) {
            this.name = name;
            this.getter = getter;
            this.setter = setter;
        }

        @Override
        public PythonClass getPythonClass() {
            return BuiltinTypes.PROPERTY;
        }
    }
}
