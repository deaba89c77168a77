package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.runtime.Descriptors.GetSet;
import org.minipy.runtime.Descriptors.PClassMethod;
import org.minipy.runtime.Descriptors.PProperty;
import org.minipy.runtime.Descriptors.PStaticMethod;

/**
 * A {@code super} object: attribute lookup that starts after {@code startAfter} in the MRO of the object's type.
 * {@code super().m} in a method of class {@code C} is {@code new PSuper(C, self)}; in a classmethod or {@code __new__}
 * the object is the class itself, and then plain functions come back unbound and classmethods bind to that class, as
 * in CPython. {@link Attributes#lookupAttribute} sends every attribute read on a PSuper here.
 */
public final class PSuper implements HasPythonClass {
    private final PythonClass startAfter;
    private final Object self;
    /** The class whose MRO is searched: type(self), or self when self is a subclass of startAfter. */
    private final PythonClass startType;

    public PSuper(PythonClass startAfter, Object self) {
        this.startAfter = startAfter;
        this.self = self;
        this.startType = checkedType(startAfter, self);
    }

    private static PythonClass checkedType(PythonClass type, Object obj) {
        if (obj instanceof PythonClass c && c.isSubclassOf(type)) {
            return c;
        }
        PythonClass t = TypeOf.classOf(obj);
        if (t.isSubclassOf(type)) {
            return t;
        }
        throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    public PythonClass getStartAfter() {
        return startAfter;
    }

    public Object getSelf() {
        return self;
    }

    /** The attribute, bound as CPython's {@code super.__getattribute__} binds it; null when no later class has it. */
    @TruffleBoundary
    public Object lookup(String name) {
        if (name.equals("__class__")) {
            return BuiltinTypes.SUPER;
        }
        PythonClass[] mro = startType.getMro();
        int i = 0;
        while (i < mro.length && mro[i] != startAfter) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            Object value = mro[i].getOwnAttribute(name);
            if (value != null) {
                return bind(value);
            }
        }
        switch (name) {
            case "__self__":
                return self;
            case "__thisclass__":
                return startAfter;
            case "__self_class__":
                return startType;
            default:
                return null;
        }
    }

    private Object bind(Object value) {
        // When the object is the start type itself (classmethods, __new__), functions stay unbound.
        Object obj = self == startType ? null : self;
        if (value instanceof PFunction || value instanceof PBuiltinFunction) {
            return obj == null ? value : new PBoundMethod(obj, value);
        } else if (value instanceof PStaticMethod sm) {
            return sm.function;
        } else if (value instanceof PClassMethod cm) {
            return cm.bindTo(startType);
        } else if (value instanceof PProperty p && p.isExact() || value instanceof GetSet) {
            return obj == null ? value : Attributes.bind(value, obj, startType);
        }
        PythonClass vt = TypeOf.classOf(value);
        if (!vt.isBuiltin()) {
            Object get = vt.lookup("__get__");
            if (get != null) {
                return Calls.call(get, new Object[]{value, obj == null ? PNone.NONE : obj, startType});
            }
        }
        return value;
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinTypes.SUPER;
    }

    @Override
    public String toString() {
        return "<super: <class '" + startAfter.getName() + "'>, <" + startType.getName() + " object>>";
    }
}
