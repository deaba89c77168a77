package org.minipy.runtime;

import java.util.function.BiConsumer;
import java.util.function.Function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The descriptor objects that change what an attribute lookup returns: {@code property}, {@code staticmethod},
 * {@code classmethod}, and {@link GetSet}, the Java-implemented attributes of builtin objects ({@code e.args},
 * {@code f.__name__}). {@link Attributes} applies them.
 */
public final class Descriptors {
    private Descriptors() {
    }

    /**
     * {@code property(fget, fset, fdel, doc)}; a data descriptor. Its name (given by {@code __set_name__} when the class
     * is created) goes into CPython's messages: {@code property 'x' of 'A' object has no setter}.
     */
    /**
     * A property. Instances of a Python subclass of {@code property} are PProperty objects too (with that class and an
     * attribute storage), which the attribute machinery treats as any descriptor of a Python class, so that the
     * subclass's own {@code __get__}/{@code __set__} run; {@link #isExact()} tells the plain ones apart.
     */
    public static final class PProperty extends PythonObject {
        public Object getter;
        public Object setter;
        public Object deleter;
        public Object doc;
        private volatile Object name;

        public PProperty(Object getter, Object setter, Object deleter, Object doc) {
            this(BuiltinTypes.PROPERTY, getter, setter, deleter, doc);
        }

        public PProperty(PythonClass cls, Object getter, Object setter, Object deleter, Object doc) {
            super(cls);
            this.getter = getter;
            this.setter = setter;
            this.deleter = deleter;
            this.doc = doc;
        }

        public boolean isExact() {
            return getPythonClass() == BuiltinTypes.PROPERTY;
        }

        /**
         * {@code getter()}, {@code setter()}, {@code deleter()}: a copy with one function replaced, keeping the name;
         * as in CPython a subclass's copy is made by calling the subclass.
         */
        public PProperty with(Object newGetter, Object newSetter, Object newDeleter) {
            if (!isExact()) {
                Object made = Calls.call(getPythonClass(), new Object[]{newGetter, newSetter, newDeleter, doc});
                if (made instanceof PProperty p) {
                    p.name = name;
                    return p;
                }
                throw Errors.typeError("property copy did not return a property");
            }
            PProperty p = new PProperty(newGetter, newSetter, newDeleter, doc);
            p.name = name;
            return p;
        }

        public void setName(Object name) {
            this.name = name;
        }

        /** {@code __get__} through an instance. */
        public Object get(Object obj) {
            if (getter == PNone.NONE) {
                throw missing(obj, "getter");
            }
            return Calls.call(getter, new Object[]{obj});
        }

        /** {@code __set__}. */
        public void set(Object obj, Object value) {
            if (setter == PNone.NONE) {
                throw missing(obj, "setter");
            }
            Calls.call(setter, new Object[]{obj, value});
        }

        /** {@code __delete__}. */
        public void delete(Object obj) {
            if (deleter == PNone.NONE) {
                throw missing(obj, "deleter");
            }
            Calls.call(deleter, new Object[]{obj});
        }

        private PException missing(Object obj, String function) {
            String owner = TypeOf.classOf(obj).getQualname();
            if (name == null) {
                return Errors.attributeError("property of '%s' object has no %s", owner, function);
            }
            return Errors.attributeError("property %s of '%s' object has no %s", Repr.repr(name), owner, function);
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

        /**
         * {@code classmethod.__get__} for class {@code cls}. As in 3.11, a wrapped object that is itself a descriptor
         * is asked with the class as its instance, which is what makes {@code @classmethod @property} a class property.
         */
        public Object bindTo(PythonClass cls) {
            if (function instanceof PFunction || function instanceof PBuiltinFunction) {
                return new PBoundMethod(cls, function);
            }
            return bindChained(cls);
        }

        @TruffleBoundary
        private Object bindChained(PythonClass cls) {
            PythonClass wrappedType = TypeOf.classOf(function);
            boolean descriptor = function instanceof PProperty p && p.isExact() || function instanceof PStaticMethod || function instanceof PClassMethod ||
                            (!wrappedType.isBuiltin() && wrappedType.lookup("__get__") != null);
            return descriptor ? Attributes.bind(function, cls, cls) : new PBoundMethod(cls, function);
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

        /** CPython's read-only member descriptor (range.start, struct_time.tm_year): "readonly attribute" on a write. */
        public final boolean readonlyMember;

        public GetSet(String name, Function<Object, Object> getter, BiConsumer<Object, Object> setter) {
            this(name, getter, setter, false);
        }

        private GetSet(String name, Function<Object, Object> getter, BiConsumer<Object, Object> setter, boolean readonlyMember) {
            this.name = name;
            this.getter = getter;
            this.setter = setter;
            this.readonlyMember = readonlyMember;
        }

        public static GetSet readonlyMember(String name, Function<Object, Object> getter) {
            return new GetSet(name, getter, null, true);
        }

        @Override
        public PythonClass getPythonClass() {
            return BuiltinTypes.PROPERTY;
        }
    }

    /**
     * The {@code __dict__} and {@code __weakref__} entries that CPython lists in a class's {@code __dict__} (getset
     * descriptors it adds when a class gives its instances a dict or weak references). MiniPy finds instance
     * attributes without them, so they only appear in that view (see {@link PythonClass#ownAttributesInOrder}).
     */
    public static final class PInstanceSlot implements HasPythonClass {
        public final String name;
        public final PythonClass owner;

        public PInstanceSlot(String name, PythonClass owner) {
            this.name = name;
            this.owner = owner;
        }

        @Override
        public PythonClass getPythonClass() {
            return BuiltinTypes.GETSET_DESCRIPTOR;
        }
    }

    /**
     * A {@code __slots__} name on its class ({@code member_descriptor}). The slot's value lives in the instance's
     * attribute storage like any attribute (so reads keep the instance fast path); the class holds this object so that
     * {@code Point.x} exists and so that reading an unset slot raises CPython's AttributeError.
     */
    public static final class PMember implements HasPythonClass {
        public final String name;
        public final PythonClass owner;

        public PMember(String name, PythonClass owner) {
            this.name = name;
            this.owner = owner;
        }

        @Override
        public PythonClass getPythonClass() {
            return BuiltinTypes.MEMBER_DESCRIPTOR;
        }
    }
}
