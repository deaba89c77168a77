package org.minipy.builtins;

import org.minipy.runtime.Attributes;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Descriptors.PClassMethod;
import org.minipy.runtime.Descriptors.PMember;
import org.minipy.runtime.Descriptors.PProperty;
import org.minipy.runtime.Descriptors.PStaticMethod;
import org.minipy.runtime.Errors;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.TypeOf;

/**
 * The constructors and attributes of {@code property}, {@code staticmethod}, {@code classmethod} and slot members. What they do
 * when read through a class or instance is in {@link Attributes#bind}; these are the explicit forms
 * ({@code p.__get__(obj)}, {@code p.setter(f)}, {@code sm.__func__} ...).
 */
final class DescriptorMethods {
    private DescriptorMethods() {
    }

    private static PProperty prop(Object o) {
        if (!(o instanceof PProperty p)) {
            throw Errors.typeError("descriptor requires a 'property' object but received a '%s'", TypeOf.nameOf(o));
        }
        return p;
    }

    static void install() {
        PythonClass cls = BuiltinTypes.PROPERTY;
        // As CPython, __init__ sets the functions, so that a subclass's __init__ can take other arguments.
        Install.constructor(cls, "__new__(cls, *args, **kwargs)", a -> new PProperty((PythonClass) a[0], PNone.NONE, PNone.NONE, PNone.NONE, PNone.NONE));
        Install.method(cls, "__init__(self, fget=None, fset=None, fdel=None, doc=None)", a -> {
            PProperty p = prop(a[0]);
            p.getter = a[1];
            p.setter = a[2];
            p.deleter = a[3];
            p.doc = a[4];
            return PNone.NONE;
        });
        Install.method(cls, "getter(self, fget, /)", a -> prop(a[0]).with(a[1], prop(a[0]).setter, prop(a[0]).deleter));
        Install.method(cls, "setter(self, fset, /)", a -> prop(a[0]).with(prop(a[0]).getter, a[1], prop(a[0]).deleter));
        Install.method(cls, "deleter(self, fdel, /)", a -> prop(a[0]).with(prop(a[0]).getter, prop(a[0]).setter, a[1]));
        Install.getSet(cls, "fget", o -> prop(o).getter, null);
        Install.getSet(cls, "fset", o -> prop(o).setter, null);
        Install.getSet(cls, "fdel", o -> prop(o).deleter, null);
        Install.getSet(cls, "__doc__", o -> {
            PProperty p = prop(o);
            if (p.doc != PNone.NONE || p.getter == PNone.NONE) {
                return p.doc;
            }
            Object d = Attributes.lookupAttribute(p.getter, "__doc__");
            return d == null ? PNone.NONE : d;
        }, null);
        Install.method(cls, "__get__(self, instance, owner=None, /)", a -> {
            if (a[1] == PNone.NONE) {
                return a[0];
            }
            return prop(a[0]).get(a[1]);
        });
        Install.method(cls, "__set__(self, instance, value, /)", a -> {
            prop(a[0]).set(a[1], a[2]);
            return PNone.NONE;
        });
        Install.method(cls, "__delete__(self, instance, /)", a -> {
            prop(a[0]).delete(a[1]);
            return PNone.NONE;
        });
        Install.method(cls, "__set_name__(self, owner, name, /)", a -> {
            prop(a[0]).setName(a[2]);
            return PNone.NONE;
        });

        PythonClass sm = BuiltinTypes.STATICMETHOD;
        Install.constructor(sm, "__new__(cls, function, /)", a -> new PStaticMethod(a[1]));
        Install.getSet(sm, "__func__", o -> ((PStaticMethod) o).function, null);
        Install.getSet(sm, "__wrapped__", o -> ((PStaticMethod) o).function, null);
        Install.method(sm, "__get__(self, instance, owner=None, /)", a -> ((PStaticMethod) a[0]).function);

        // __slots__ members: what they are called and where they come from
        PythonClass member = BuiltinTypes.MEMBER_DESCRIPTOR;
        Install.getSet(member, "__name__", o -> ((PMember) o).name, null);
        Install.getSet(member, "__qualname__", o -> ((PMember) o).owner.getQualname() + "." + ((PMember) o).name, null);
        Install.getSet(member, "__objclass__", o -> ((PMember) o).owner, null);

        PythonClass cm = BuiltinTypes.CLASSMETHOD;
        Install.constructor(cm, "__new__(cls, function, /)", a -> new PClassMethod(a[1]));
        Install.getSet(cm, "__func__", o -> ((PClassMethod) o).function, null);
        Install.getSet(cm, "__wrapped__", o -> ((PClassMethod) o).function, null);
        Install.method(cm, "__get__(self, instance, owner=None, /)", a -> {
            PythonClass owner = a[2] instanceof PythonClass c ? c : TypeOf.classOf(a[1]);
            return ((PClassMethod) a[0]).bindTo(owner);
        });
    }
}
