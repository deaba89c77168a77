package org.minipy.builtins;

import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Errors;
import org.minipy.runtime.ExceptionGroups;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;

/**
 * The methods and attributes of {@code BaseExceptionGroup} (and so of {@code ExceptionGroup}): construction,
 * {@code message exceptions}, {@code str}, {@code derive split subgroup}; the work is in runtime/ExceptionGroups.
 */
final class ExceptionGroupMethods {
    private ExceptionGroupMethods() {
    }

    private static PBaseException self(Object o) {
        return (PBaseException) o;
    }

    static void install() {
        PythonClass cls = BuiltinTypes.BASE_EXCEPTION_GROUP;
        Install.constructor(cls, "__new__(cls, *args, **kwargs)", a -> ExceptionGroups.create((PythonClass) a[0], (PTuple) a[1]));
        Install.getSet(cls, "message", o -> self(o).getGroupMessage(), ExceptionGroupMethods::readOnly);
        Install.getSet(cls, "exceptions", o -> ExceptionGroups.members(self(o)), ExceptionGroupMethods::readOnly);
        Install.method(cls, "__str__(self)", a -> ExceptionGroups.str(self(a[0])));
        Install.method(cls, "derive(self, excs, /)", a -> ExceptionGroups.derive(self(a[0]), a[1]));
        Install.method(cls, "split(self, matcher_value, /)", a -> {
            ExceptionGroups.Split split = ExceptionGroups.split(self(a[0]), a[1]);
            return new PTuple(new Object[]{orNone(split.match()), orNone(split.rest())});
        });
        Install.method(cls, "subgroup(self, matcher_value, /)", a -> orNone(ExceptionGroups.subgroup(self(a[0]), a[1])));
    }

    /** CPython's message for its read-only members. */
    private static void readOnly(Object self, Object value) {
        throw Errors.attributeError("readonly attribute");
    }

    private static Object orNone(Object o) {
        return o == null ? PNone.NONE : o;
    }
}
