package org.minipy.builtins;

import org.minipy.bytecode.PGenerator;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Errors;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.TypeOf;

/**
 * The Python-level methods of generator objects ({@code send throw close __next__ __iter__}) and their
 * {@code __name__}/{@code gi_running}-style attributes; the work is done by {@link PGenerator}.
 */
final class GeneratorMethods {
    private GeneratorMethods() {
    }

    private static PGenerator self(Object o) {
        return (PGenerator) o;
    }

    static void install() {
        PythonClass cls = BuiltinTypes.GENERATOR;
        Install.method(cls, "__iter__(self)", a -> a[0]);
        Install.method(cls, "__next__(self)", a -> Iteration.next(a[0]));
        Install.method(cls, "send(self, value, /)", a -> self(a[0]).send(a[1]));
        Install.method(cls, "throw(self, typ, val=None, tb=None, /)", a -> self(a[0]).throwInto(thrown(a[1], a[2])));
        Install.method(cls, "close(self)", a -> {
            self(a[0]).close();
            return PNone.NONE;
        });
        Install.getSet(cls, "__name__", o -> {
            String qualname = self(o).getName();
            return qualname.substring(qualname.lastIndexOf('.') + 1);
        }, null);
        Install.getSet(cls, "__qualname__", o -> self(o).getName(), null);
        Install.method(cls, "__repr__(self)",
                        a -> "<generator object " + self(a[0]).getName() + " at " + org.minipy.runtime.Repr.address(a[0]) + ">");
        Install.getSet(cls, "gi_running", o -> self(o).isRunning(), null);
        Install.getSet(cls, "gi_code", o -> self(o).getCode() == null ? PNone.NONE : self(o).getCode(), null);
        Install.getSet(cls, "gi_frame", o -> {
            Object[] frame = self(o).describeFrame(); // [globals, line], null once finished
            Object code = self(o).getCode() == null ? PNone.NONE : self(o).getCode();
            return frame == null ? PNone.NONE : org.minipy.modules.SysModule.frameSnapshot(frame[0], code, frame[1], PNone.NONE);
        }, null);
        Install.getSet(cls, "gi_suspended", o -> self(o).isStarted() && !self(o).isRunning() && !self(o).isExhausted(), null);
    }

    /** The exception {@code throw(typ, val)} raises inside the generator: an instance, or a class called with val. */
    private static PBaseException thrown(Object typ, Object val) {
        if (typ instanceof PythonClass c && c.isSubclassOf(BuiltinTypes.BASE_EXCEPTION)) {
            if (val instanceof PBaseException e && e.getPythonClass().isSubclassOf(c)) {
                return e;
            }
            // As CPython's exception normalization: a tuple value is the argument list.
            Object[] args = val == PNone.NONE || val == PBuiltinFunction.MISSING ? new Object[0]
                            : val instanceof org.minipy.runtime.PTuple t ? t.getItems().clone() : new Object[]{val};
            Object instance = Calls.call(c, args);
            if (instance instanceof PBaseException e) {
                return e;
            }
            throw Errors.typeError("calling %s should have returned an instance of BaseException, not %s", TypeOf.nameOf(typ),
                            TypeOf.nameOf(instance));
        }
        if (typ instanceof PBaseException e) {
            if (val != PNone.NONE) {
                throw Errors.typeError("instance exception may not have a separate value");
            }
            return e;
        }
        throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not %s", TypeOf.nameOf(typ));
    }
}
