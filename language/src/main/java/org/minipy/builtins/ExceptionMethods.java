package org.minipy.builtins;

import org.minipy.runtime.Attributes;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Errors;
import org.minipy.runtime.Instantiation;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTraceback;
import org.minipy.runtime.PTuple;
import org.minipy.bytecode.Tracebacks;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Repr;
import org.minipy.runtime.TypeOf;

/**
 * The methods and attributes of {@code BaseException} and the subclasses that add some: {@code args},
 * {@code __cause__ __context__ __suppress_context__ __traceback__}, {@code StopIteration.value},
 * {@code SystemExit.code}, and OSError's {@code errno strerror filename} (with CPython's choice of subclass by errno:
 * {@code OSError(2, ...)} is a FileNotFoundError).
 */
final class ExceptionMethods {
    private ExceptionMethods() {
    }

    private static PBaseException self(Object o) {
        return (PBaseException) o;
    }

    static void install() {
        PythonClass cls = BuiltinTypes.BASE_EXCEPTION;
        Install.constructor(cls, "__new__(cls, *args, **kwargs)", a -> {
            PythonClass type = (PythonClass) a[0];
            PTuple args = (PTuple) a[1];
            if (type == BuiltinTypes.OS_ERROR && args.size() >= 2 && args.get(0) instanceof Long errno) {
                type = org.minipy.runtime.OsErrors.classFor(errno);
            }
            PBaseException e = (PBaseException) Instantiation.allocate(type);
            e.setArgs(args);
            return e;
        });
        Install.method(cls, "__init__(self, *args, **kwargs)", a -> {
            if (((PDict) a[2]).size() > 0) {
                throw Errors.typeError("%s() takes no keyword arguments", TypeOf.nameOf(a[0]));
            }
            self(a[0]).setArgs((PTuple) a[1]);
            return PNone.NONE;
        });
        Install.getSet(cls, "args", o -> self(o).getArgs(), (o, v) -> self(o).setArgs(v instanceof PTuple t ? t : new PTuple(Iteration.toArray(v))));
        Install.method(cls, "__str__(self)", a -> Errors.messageOf(self(a[0])));
        Install.method(cls, "__repr__(self)", a -> Repr.builtinRepr(a[0]));
        Install.method(cls, "with_traceback(self, tb, /)", a -> {
            self(a[0]).setTraceback(a[1]);
            return a[0];
        });
        Install.method(cls, "add_note(self, note, /)", a -> {
            if (!(a[1] instanceof String)) {
                throw Errors.typeError("note must be a str, not '%s'", TypeOf.nameOf(a[1]));
            }
            Object notes = Attributes.getOwn(self(a[0]), "__notes__");
            if (notes != null && !(notes instanceof PList)) {
                throw Errors.typeError("Cannot add note: __notes__ is not a list");
            } else if (notes == null) {
                notes = new PList();
                Attributes.putOwn(self(a[0]), "__notes__", notes);
            }
            ((PList) notes).append(a[1]);
            return PNone.NONE;
        });
        Install.getSet(cls, "__cause__", o -> self(o).getCause(), (o, v) -> {
            if (v != PNone.NONE && !(v instanceof PBaseException)) {
                throw Errors.typeError("exception cause must be None or derive from BaseException");
            }
            self(o).setCause(v);
        });
        Install.getSet(cls, "__context__", o -> self(o).getContext(), (o, v) -> {
            if (v != PNone.NONE && !(v instanceof PBaseException)) {
                throw Errors.typeError("exception context must be None or derive from BaseException");
            }
            self(o).setContext(v);
        });
        Install.getSet(cls, "__suppress_context__", o -> self(o).isSuppressContext(),
                        (o, v) -> self(o).setSuppressContext(org.minipy.runtime.Truth.isTrue(v)));
        Install.getSet(cls, "__traceback__", o -> self(o).getTraceback(), (o, v) -> self(o).setTraceback(v));

        Install.getSet(BuiltinTypes.STOP_ITERATION, "value", o -> firstArg(self(o)), null);
        Install.getSet(BuiltinTypes.SYSTEM_EXIT, "code", o -> {
            PTuple args = self(o).getArgs();
            return args.size() == 0 ? PNone.NONE : args.size() == 1 ? args.get(0) : args;
        }, null);

        // The attributes CPython fills in when it raises these (the failing name, the object): None by default.
        BuiltinTypes.NAME_ERROR.define("name", PNone.NONE);
        BuiltinTypes.ATTRIBUTE_ERROR.define("name", PNone.NONE);
        BuiltinTypes.ATTRIBUTE_ERROR.define("obj", PNone.NONE);
        keywordAttributes(BuiltinTypes.NAME_ERROR, "name");
        keywordAttributes(BuiltinTypes.ATTRIBUTE_ERROR, "name", "obj");
        BuiltinTypes.IMPORT_ERROR.define("name", PNone.NONE);
        BuiltinTypes.IMPORT_ERROR.define("path", PNone.NONE);
        // msg: the sole argument, also of the ImportErrors the import system raises without running __init__
        Install.getSet(BuiltinTypes.IMPORT_ERROR, "msg", o -> {
            Object v = Attributes.getOwn(self(o), "msg");
            PTuple args = self(o).getArgs();
            return v != null ? v : args.size() == 1 ? args.get(0) : PNone.NONE;
        }, (o, v) -> Attributes.putOwn(self(o), "msg", v));
        Install.method(BuiltinTypes.IMPORT_ERROR, "__init__(self, *args, **kwargs)", a -> {
            PDict kwargs = (PDict) a[2];
            for (PDict.Entry entry : kwargs.entriesSnapshot()) {
                if (!"name".equals(entry.key) && !"path".equals(entry.key)) {
                    // CPython's argument parser names ImportError() itself, for subclasses too
                    throw Errors.typeError("%s is an invalid keyword argument for ImportError()", Repr.repr(entry.key));
                }
            }
            self(a[0]).setArgs((PTuple) a[1]);
            Object name = kwargs.get("name");
            Object path = kwargs.get("path");
            Attributes.putOwn(self(a[0]), "name", name == null ? PNone.NONE : name);
            Attributes.putOwn(self(a[0]), "path", path == null ? PNone.NONE : path);
            Object[] args = ((PTuple) a[1]).getItems();
            Attributes.putOwn(self(a[0]), "msg", args.length == 1 ? args[0] : PNone.NONE);
            return PNone.NONE;
        });

        PythonClass os = BuiltinTypes.OS_ERROR;
        Install.method(os, "__init__(self, *args, **kwargs)", a -> {
            PBaseException e = self(a[0]);
            Object[] args = ((PTuple) a[1]).getItems();
            if (args.length >= 2 && args.length <= 5) {
                Attributes.putOwn(e, "errno", args[0]);
                Attributes.putOwn(e, "strerror", args[1]);
                if (args.length >= 3) {
                    Attributes.putOwn(e, "filename", args[2]);
                    if (args.length == 5) {
                        Attributes.putOwn(e, "filename2", args[4]);
                    }
                    // With a filename, args keeps only (errno, strerror), as in CPython.
                    e.setArgs(new PTuple(new Object[]{args[0], args[1]}));
                    return PNone.NONE;
                }
            }
            e.setArgs((PTuple) a[1]);
            return PNone.NONE;
        });
        installSyntaxError();
        installTraceback();
        for (String name : new String[]{"errno", "strerror", "filename", "filename2"}) {
            Install.getSet(os, name, o -> {
                Object v = Attributes.getOwn(self(o), name);
                return v == null ? PNone.NONE : v;
            }, (o, v) -> Attributes.putOwn(self(o), name, v));
        }
    }

    /** SyntaxError's {@code msg filename lineno offset text end_lineno end_offset}, from {@code (msg, details)}. */
    /** An {@code __init__} that also takes the given attributes as keyword arguments ({@code NameError(msg, name=n)}). */
    private static void keywordAttributes(PythonClass cls, String... names) {
        Install.method(cls, "__init__(self, *args, **kwargs)", a -> {
            PBaseException e = self(a[0]);
            for (PDict.Entry entry : ((PDict) a[2]).entriesSnapshot()) {
                if (!java.util.Arrays.asList(names).contains(entry.key)) {
                    throw Errors.typeError("%s is an invalid keyword argument for %s()", Repr.repr(entry.key), TypeOf.nameOf(e));
                }
            }
            e.setArgs((PTuple) a[1]);
            for (PDict.Entry entry : ((PDict) a[2]).entriesSnapshot()) {
                Attributes.putOwn(e, (String) entry.key, entry.value);
            }
            return PNone.NONE;
        });
    }

    /** {@code tb.tb_lineno} and {@code tb.tb_next}: the frames from where the exception was caught down to the raise. */
    static void installTraceback() {
        PythonClass tb = BuiltinTypes.TRACEBACK;
        Install.getSet(tb, "tb_lineno", o -> {
            PTraceback t = (PTraceback) o;
            java.util.List<Tracebacks.Entry> frames = Tracebacks.frames(t.getRaise());
            return t.getDepth() < frames.size() ? (long) frames.get(t.getDepth()).line() : PNone.NONE;
        }, null);
        Install.getSet(tb, "tb_next", o -> {
            PTraceback t = (PTraceback) o;
            return t.getDepth() + 1 < Tracebacks.frames(t.getRaise()).size() ? new PTraceback(t.getRaise(), t.getDepth() + 1) : PNone.NONE;
        }, null);
    }

    static void installSyntaxError() {
        PythonClass syntax = BuiltinTypes.SYNTAX_ERROR;
        String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
        Install.method(syntax, "__init__(self, *args, **kwargs)", a -> {
            PBaseException e = self(a[0]);
            Object[] args = ((PTuple) a[1]).getItems();
            e.setArgs((PTuple) a[1]);
            Attributes.putOwn(e, "msg", args.length >= 1 ? args[0] : PNone.NONE);
            if (args.length == 2) {
                Object[] details = Iteration.toArray(args[1]);
                if (details.length < 4 || details.length > 6) {
                    throw Errors.indexError("tuple index out of range");
                }
                for (int i = 0; i < details.length; i++) {
                    Attributes.putOwn(e, names[i], details[i]);
                }
            }
            return PNone.NONE;
        });
        for (String name : new String[]{"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"}) {
            Install.getSet(syntax, name, o -> {
                Object v = Attributes.getOwn(self(o), name);
                return v == null ? PNone.NONE : v;
            }, (o, v) -> Attributes.putOwn(self(o), name, v));
        }
    }

    private static Object firstArg(PBaseException e) {
        return e.getArgs().size() == 0 ? PNone.NONE : e.getArgs().get(0);
    }
}
