package org.minipy.builtins;

import org.minipy.runtime.Attributes;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Errors;
import org.minipy.runtime.Formatter;
import org.minipy.runtime.Identity;
import org.minipy.runtime.Instantiation;
import org.minipy.runtime.PList;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PSingleton;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.PythonObject;
import org.minipy.runtime.Repr;
import org.minipy.runtime.Truth;
import org.minipy.runtime.TypeOf;

/**
 * The methods of {@code object}, the root of every class: the defaults that {@code super()} calls and that the
 * generic protocols implement directly (identity equality and hash, {@code <X object at 0x...>} repr, plain attribute
 * access).
 */
final class ObjectMethods {
    private ObjectMethods() {
    }

    static void install() {
        PythonClass cls = BuiltinTypes.OBJECT;
        cls.define("__new__", Instantiation.OBJECT_NEW);
        cls.define("__init__", Instantiation.OBJECT_INIT);
        Instantiation.OBJECT_INIT.setOwner(cls);
        Install.method(cls, "__repr__(self)", a -> Repr.builtinRepr(a[0]));
        // type(None)(), type(...)() and type(NotImplemented)() give back the singleton.
        Object[][] singletons = {{BuiltinTypes.NONE_TYPE, PNone.NONE}, {BuiltinTypes.ELLIPSIS_TYPE, org.minipy.runtime.PSingleton.ELLIPSIS},
                        {BuiltinTypes.NOT_IMPLEMENTED_TYPE, org.minipy.runtime.PSingleton.NOT_IMPLEMENTED}};
        for (Object[] pair : singletons) {
            PythonClass type = (PythonClass) pair[0];
            Install.constructor(type, "__new__(cls, *args, **kwargs)", a -> {
                if (((org.minipy.runtime.PTuple) a[1]).size() > 0 || ((org.minipy.runtime.PDict) a[2]).size() > 0) {
                    throw Errors.typeError("%s takes no arguments", type.getName());
                }
                return pair[1];
            });
        }
        // types.ModuleType(name, doc=None): an empty module, which programs make to stand in for a real one.
        Install.constructor(BuiltinTypes.MODULE, "__new__(cls, name, doc=None)", a -> {
            if (!(a[1] instanceof String name)) {
                throw Errors.typeError("module() argument 'name' must be str, not %s", org.minipy.runtime.TypeOf.nameOf(a[1]));
            }
            org.minipy.runtime.PModule module = new org.minipy.runtime.PModule(name);
            module.setGlobal("__doc__", a[2]);
            for (String unset : new String[]{"__package__", "__loader__", "__spec__"}) {
                module.setGlobal(unset, PNone.NONE);
            }
            return module;
        });
        Install.method(cls, "__str__(self)", a -> Repr.repr(a[0]));
        Install.method(cls, "__eq__(self, value, /)", a -> a[0] == a[1] ? Boolean.TRUE : PSingleton.NOT_IMPLEMENTED);
        Install.method(cls, "__ne__(self, value, /)", a -> {
            Object eq = TypeOf.classOf(a[0]).lookup("__eq__");
            Object r = Calls.call(eq, new Object[]{a[0], a[1]});
            return r == PSingleton.NOT_IMPLEMENTED ? r : !Truth.isTrue(r);
        });
        Install.method(cls, "__hash__(self)", a -> Identity.id(a[0]) >> 4);
        // The orderings of object itself compare nothing: the protocol falls back to the other operand or fails.
        for (String op : new String[]{"__lt__", "__le__", "__gt__", "__ge__"}) {
            Install.method(cls, op + "(self, value, /)", a -> PSingleton.NOT_IMPLEMENTED);
        }
        Install.method(cls, "__getstate__(self)", a -> {
            if (!(a[0] instanceof PythonObject po) || TypeOf.classOf(po).isBuiltin()) {
                return PNone.NONE;
            }
            PythonClass type = TypeOf.classOf(po);
            // CPython's shape: the dict (or None), paired with a dict of the set __slots__ values when there are any
            PDict slotState = new PDict();
            for (PythonClass c : type.getMro()) {
                for (java.util.Map.Entry<String, Object> e : c.getOwnAttributes().entrySet()) {
                    if (e.getValue() instanceof org.minipy.runtime.Descriptors.PMember && !slotState.containsKey(e.getKey())) {
                        Object v = Attributes.getOwn(po, e.getKey());
                        if (v != null) {
                            slotState.put(e.getKey(), v);
                        }
                    }
                }
            }
            Object dictState = PNone.NONE;
            if (type.getSlots() == null) {
                PDict dict = Attributes.instanceDict(po);
                dictState = dict.size() > 0 ? dict : PNone.NONE;
            }
            return slotState.size() > 0 ? new PTuple(new Object[]{dictState, slotState}) : dictState;
        });
        Install.method(cls, "__reduce__(self)", a -> {
            throw Errors.typeError("cannot pickle '%s' object", TypeOf.nameOf(a[0]));
        });
        Install.method(cls, "__reduce_ex__(self, protocol, /)", a -> {
            throw Errors.typeError("cannot pickle '%s' object", TypeOf.nameOf(a[0]));
        });
        Install.method(cls, "__sizeof__(self)", a -> a[0] instanceof PythonObject && !TypeOf.classOf(a[0]).isBuiltin() ? 24L : 16L);
        Install.classMethod(cls, "__subclasshook__(cls, subclass, /)", a -> PSingleton.NOT_IMPLEMENTED);
        cls.define("__doc__", "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\n"
                        + "instance that has no instance attributes and cannot be given any.\n");
        cls.define("__format__", Formatter.OBJECT_FORMAT);
        Install.method(cls, "__getattribute__(self, name, /)", a -> {
            Object v = Attributes.genericGetAttribute(a[0], attrName(a[1]));
            if (v == null) {
                throw Attributes.noAttribute(a[0], (String) a[1]);
            }
            return v;
        });
        Install.method(cls, "__setattr__(self, name, value, /)", a -> {
            Attributes.genericSetAttribute(a[0], attrName(a[1]), a[2], TypeOf.classOf(a[0]));
            return PNone.NONE;
        });
        Install.method(cls, "__delattr__(self, name, /)", a -> {
            Attributes.genericDeleteAttribute(a[0], attrName(a[1]), TypeOf.classOf(a[0]));
            return PNone.NONE;
        });
        Install.method(cls, "__dir__(self)", a -> {
            Object[] names = BuiltinIntrospection.defaultDirNames(a[0]);
            java.util.Arrays.sort(names); // all str
            return new PList(names);
        });
        Install.classMethod(cls, "__init_subclass__(cls, **kwargs)", a -> {
            if (((PDict) a[1]).size() > 0) {
                throw Errors.typeError("%s.__init_subclass__() takes no keyword arguments", ((PythonClass) a[0]).getName());
            }
            return PNone.NONE;
        });
        Install.getSet(cls, "__class__", TypeOf::classOf, (o, v) -> {
            if (!(v instanceof PythonClass c)) {
                throw Errors.typeError("__class__ must be set to a class, not '%s' object", TypeOf.nameOf(v));
            }
            PythonClass old = TypeOf.classOf(o);
            if (!(o instanceof PythonObject po) || old.isBuiltin() || c.isBuiltin() || c.getLayout() != old.getLayout()) {
                throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
            }
            po.setPythonClass(c);
        });
        Install.getSet(cls, "__dict__", o -> {
            PythonClass type = TypeOf.classOf(o);
            if (!(o instanceof PythonObject po) || (type.isBuiltin() && !(o instanceof org.minipy.runtime.PFunction)
                            && !(o instanceof org.minipy.runtime.PBaseException)) || type.getSlots() != null) {
                // an instance whose whole MRO declares __slots__ (without '__dict__') has no dict to show
                throw Errors.attributeError("'%s' object has no attribute '__dict__'", type.getName());
            }
            return Attributes.instanceDict(po);
        }, (o, v) -> {
            PythonClass type = TypeOf.classOf(o);
            if (!(o instanceof PythonObject po) || type.isBuiltin() || type.getSlots() != null) {
                throw Errors.attributeError("'%s' object has no attribute '__dict__'", type.getName());
            }
            if (!(v instanceof PDict dict)) {
                throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'", TypeOf.nameOf(v));
            }
            Attributes.replaceInstanceDict(po, dict);
        });
    }

    private static String attrName(Object name) {
        if (!(name instanceof String s)) {
            throw Errors.typeError("attribute name must be string, not '%s'", TypeOf.nameOf(name));
        }
        return s;
    }
}
