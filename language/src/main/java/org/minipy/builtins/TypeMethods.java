package org.minipy.builtins;

import java.util.Map;

import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.ClassFactory;
import org.minipy.runtime.Errors;
import org.minipy.runtime.Instantiation;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PList;
import org.minipy.runtime.PSuper;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Repr;
import org.minipy.runtime.TypeOf;

/**
 * The methods and attributes of {@code type} (what every class has: {@code __name__ __mro__ __bases__ __dict__ ...},
 * {@code mro()}, the three-argument {@code type(name, bases, dict)}), and the {@code super} constructor.
 */
final class TypeMethods {
    private TypeMethods() {
    }

    private static PythonClass self(Object o) {
        return (PythonClass) o;
    }

    private static String attrName(Object name) {
        if (!(name instanceof String s)) {
            throw Errors.typeError("attribute name must be string, not '%s'", TypeOf.nameOf(name));
        }
        return s;
    }

    private static PDict copyOf(PDict d) {
        PDict copy = new PDict();
        for (PDict.Entry e : d.entriesSnapshot()) {
            copy.put(e.key, e.value);
        }
        return copy;
    }

    static void install() {
        PythonClass cls = BuiltinTypes.TYPE;
        Install.constructor(cls, "__new__(cls, *args, **kwargs)", a -> {
            Object[] args = ((PTuple) a[1]).getItems();
            if (args.length == 1) {
                if (((PDict) a[2]).size() > 0) {
                    throw Errors.typeError("type() takes no keyword arguments");
                }
                return TypeOf.classOf(args[0]);
            }
            if (args.length != 3) {
                throw Errors.typeError("type() takes 1 or 3 arguments");
            }
            if (!(args[0] instanceof String name)) {
                throw Errors.typeError("type.__new__() argument 1 must be str, not %s", Errors.argumentTypeName(args[0]));
            }
            if (!(args[1] instanceof PTuple basesTuple)) {
                throw Errors.typeError("type.__new__() argument 2 must be tuple, not %s", Errors.argumentTypeName(args[1]));
            }
            if (!(args[2] instanceof PDict namespace)) {
                throw Errors.typeError("type.__new__() argument 3 must be dict, not %s", Errors.argumentTypeName(args[2]));
            }
            PythonClass[] bases = new PythonClass[basesTuple.size()];
            for (int i = 0; i < bases.length; i++) {
                if (!(basesTuple.get(i) instanceof PythonClass b)) {
                    throw Errors.typeError("bases must be types");
                }
                bases[i] = b;
            }
            if (namespace.get("__module__") == null) {
                // As CPython: the module of the code that calls type(name, bases, dict).
                PDict callerGlobals = org.minipy.bytecode.CallerFrames.globalsOrNull();
                Object module = callerGlobals == null ? null : callerGlobals.get("__name__");
                if (module != null) {
                    namespace = copyOf(namespace);
                    namespace.put("__module__", module);
                }
            }
            if (!(a[0] instanceof PythonClass meta)) {
                throw Errors.typeError("type.__new__(X): X is not a type object (%s)", TypeOf.nameOf(a[0]));
            } else if (!meta.isSubclassOf(BuiltinTypes.TYPE)) {
                throw Errors.typeError("type.__new__(%s): %s is not a subtype of type", meta.getName(), meta.getName());
            }
            PythonClass winner = ClassFactory.calculateMetaclass(meta, bases);
            if (winner != meta && winner.lookup("__new__") instanceof org.minipy.runtime.Descriptors.PStaticMethod sm &&
                            sm != BuiltinTypes.TYPE.getOwnAttribute("__new__")) {
                // A base's metaclass is more derived and has its own __new__: it makes the class (as CPython).
                return org.minipy.runtime.Calls.callWithKeywords(sm.function,
                                new Object[]{winner, name, basesTuple, namespace}, (PDict) a[2]);
            }
            return ClassFactory.create(winner, name, bases, namespace, (PDict) a[2]);
        });
        Install.method(cls, "__init__(self, *args, **kwargs)", a -> {
            int n = ((PTuple) a[1]).size();
            if (n != 1 && n != 3) {
                throw Errors.typeError("type.__init__() takes 1 or 3 arguments");
            }
            return org.minipy.runtime.PNone.NONE;
        });
        Install.method(cls, "__call__(self, *args, **kwargs)", a -> {
            PDict kw = (PDict) a[2];
            Object[] args = ((PTuple) a[1]).getItems();
            if (kw.size() == 0) {
                return Instantiation.typeCall(self(a[0]), args, null, null);
            }
            PDict.Entry[] entries = kw.entriesSnapshot();
            String[] names = new String[entries.length];
            Object[] values = new Object[entries.length];
            for (int i = 0; i < entries.length; i++) {
                names[i] = (String) entries[i].key;
                values[i] = entries[i].value;
            }
            return Instantiation.typeCall(self(a[0]), args, names, values);
        });
        Install.classMethod(cls, "__prepare__(cls, *args, **kwargs)", a -> new PDict());
        Install.method(cls, "__setattr__(self, name, value, /)", a -> {
            org.minipy.runtime.Attributes.setClassAttribute(self(a[0]), attrName(a[1]), a[2]);
            return org.minipy.runtime.PNone.NONE;
        });
        Install.method(cls, "__delattr__(self, name, /)", a -> {
            org.minipy.runtime.Attributes.deleteClassAttribute(self(a[0]), attrName(a[1]));
            return org.minipy.runtime.PNone.NONE;
        });
        Install.getSet(cls, "__name__", o -> self(o).getName(), (o, v) -> {
            if (self(o).isBuiltin()) {
                throw Errors.typeError("cannot set '__name__' attribute of immutable type '%s'", self(o).getName());
            }
            if (!(v instanceof String s)) {
                throw Errors.typeError("can only assign string to %s.__name__, not '%s'", self(o).getName(), TypeOf.nameOf(v));
            }
            self(o).setName(s);
        });
        Install.getSet(cls, "__qualname__", o -> self(o).getQualname(), (o, v) -> {
            if (!(v instanceof String s)) {
                throw Errors.typeError("can only assign string to %s.__qualname__, not '%s'", self(o).getName(), TypeOf.nameOf(v));
            }
            self(o).setQualname(s);
        });
        Install.getSet(cls, "__module__", o -> {
            Object m = self(o).getOwnAttribute("__module__");
            // type's own __module__ is this descriptor
            return m == null || m instanceof org.minipy.runtime.Descriptors.GetSet ? "builtins" : m;
        }, (o, v) -> self(o).setAttribute("__module__", v));
        Install.readonlyMember(cls, "__mro__", o -> new PTuple(self(o).getMro().clone()));
        Install.getSet(cls, "__bases__", o -> {
            PythonClass c = self(o);
            return c == BuiltinTypes.OBJECT ? PTuple.EMPTY : new PTuple(c.getBases().clone());
        }, (o, v) -> {
            if (!(v instanceof PTuple)) {
                throw Errors.typeError("can only assign tuple to %s.__bases__, not %s", self(o).getName(), TypeOf.nameOf(v));
            }
            throw Errors.notImplementedError("MiniPy does not support assigning to __bases__");
        });
        Install.readonlyMember(cls, "__base__", o -> {
            PythonClass[] bases = self(o).getBases();
            return bases.length == 0 ? org.minipy.runtime.PNone.NONE : bases[0];
        });
        // A read-only snapshot in definition order (CPython's mappingproxy is live; the class rarely changes after).
        Install.getSet(cls, "__dict__", o -> new org.minipy.runtime.PMappingProxy(self(o).ownAttributesInOrder()), null);
        Install.method(cls, "__subclasses__(self)", a -> new PList(self(a[0]).getSubclasses()));
        Install.method(cls, "mro(self)", a -> new PList(self(a[0]).getMro().clone()));
        Install.method(cls, "__repr__(self)", a -> Repr.builtinRepr(a[0]));
        Install.method(cls, "__instancecheck__(self, instance, /)", a -> TypeOf.classOf(a[1]).isSubclassOf(self(a[0])));
        Install.method(cls, "__subclasscheck__(self, subclass, /)", a -> {
            if (!(a[1] instanceof PythonClass c)) {
                throw Errors.typeError("issubclass() arg 1 must be a class");
            }
            return c.isSubclassOf(self(a[0]));
        });

        PythonClass sup = BuiltinTypes.SUPER;
        Install.constructor(sup, "__new__(cls, type=?, obj=?, /)", a -> {
            if (a[1] == org.minipy.runtime.PBuiltinFunction.MISSING) {
                throw Errors.runtimeError("super(): no arguments");
            }
            if (!(a[1] instanceof PythonClass start)) {
                throw Errors.typeError("super() argument 1 must be a type, not %s", TypeOf.nameOf(a[1]));
            }
            if (a[2] == org.minipy.runtime.PBuiltinFunction.MISSING) {
                throw Errors.typeError("super(type) without an object is not supported");
            }
            return new PSuper(start, a[2]);
        });
        Install.method(sup, "__repr__(self)", a -> a[0].toString());
        Install.getSet(sup, "__thisclass__", o -> ((PSuper) o).getStartAfter(), null);
        Install.getSet(sup, "__self__", o -> ((PSuper) o).getSelf(), null);
    }
}
