package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The one place where the runtime raises Python exceptions. Every factory returns the {@link PException} so call sites
 * read {@code throw Errors.typeError(...)}. Messages follow CPython 3.11 word for word; formats use {@link String#format}.
 */
public final class Errors {
    private Errors() {
    }

    /** Raises an instance of the exception class {@code type} with a single message argument. */
    @TruffleBoundary
    public static PException raise(PythonClass type, String message) {
        CompilerDirectives.transferToInterpreter();
        return new PException(newException(type, message), null);
    }

    @TruffleBoundary
    public static PException raise(PythonClass type, String format, Object... args) {
        return raise(type, String.format(format, args));
    }

    /** Raises with no arguments at all: {@code str(e) == ''}. */
    @TruffleBoundary
    public static PException raiseEmpty(PythonClass type) {
        return new PException(new PBaseException(type, PTuple.EMPTY), null);
    }

    @TruffleBoundary
    public static PBaseException newException(PythonClass type, String message) {
        return new PBaseException(type, new PTuple(new Object[]{message}));
    }

    public static PException typeError(String format, Object... args) {
        return raise(BuiltinTypes.TYPE_ERROR, format, args);
    }

    public static PException valueError(String format, Object... args) {
        return raise(BuiltinTypes.VALUE_ERROR, format, args);
    }

    public static PException indexError(String format, Object... args) {
        return raise(BuiltinTypes.INDEX_ERROR, format, args);
    }

    public static PException overflowError(String format, Object... args) {
        return raise(BuiltinTypes.OVERFLOW_ERROR, format, args);
    }

    public static PException zeroDivisionError(String format, Object... args) {
        return raise(BuiltinTypes.ZERO_DIVISION_ERROR, format, args);
    }

    public static PException attributeError(String format, Object... args) {
        return raise(BuiltinTypes.ATTRIBUTE_ERROR, format, args);
    }

    public static PException nameError(String name) {
        return withAttribute(raise(BuiltinTypes.NAME_ERROR, "name '%s' is not defined", name), "name", name);
    }

    /** A NameError from a lookup in {@code globals} (then the builtins): the traceback may suggest a name there. */
    public static PException nameError(String name, PModule globals) {
        PException e = nameError(name);
        e.getPythonException().setNameScope(globals);
        return e;
    }

    public static PException unboundLocal(String name) {
        return withAttribute(raise(BuiltinTypes.UNBOUND_LOCAL_ERROR,
                        "cannot access local variable '%s' where it is not associated with a value", name), "name", name);
    }

    /** Sets an attribute of the exception being raised, such as NameError's {@code name}; returns it. */
    public static PException withAttribute(PException e, String attribute, Object value) {
        Attributes.putOwn(e.getPythonException(), attribute, value);
        return e;
    }

    /**
     * A wrong-typed argument in the words of CPython's argument parsers (Argument Clinic, PyArg_Parse):
     * {@code what} is e.g. {@code "encode() argument 'encoding'"}; None is named {@code None}, not {@code NoneType}.
     */
    public static PException badArgument(String what, String expected, Object got) {
        return typeError("%s must be %s, not %s", what, expected, argumentTypeName(got));
    }

    /** The type of a bad argument as the argument parsers print it: {@code None} for None, else the class name. */
    public static String argumentTypeName(Object got) {
        return got == PNone.NONE ? "None" : TypeOf.nameOf(got);
    }

    /** A str argument checked the argument parsers' way (see {@link #badArgument}). */
    public static String strArgument(Object o, String what) {
        if (PSubclassValue.unwrap(o) instanceof String s) {
            return s;
        }
        throw badArgument(what, "str", o);
    }

    public static PException runtimeError(String format, Object... args) {
        return raise(BuiltinTypes.RUNTIME_ERROR, format, args);
    }

    public static PException notImplementedError(String format, Object... args) {
        return raise(BuiltinTypes.NOT_IMPLEMENTED_ERROR, format, args);
    }

    public static PException assertionError(String format, Object... args) {
        return raise(BuiltinTypes.ASSERTION_ERROR, format, args);
    }

    public static PException lookupError(String format, Object... args) {
        return raise(BuiltinTypes.LOOKUP_ERROR, format, args);
    }

    /** {@code KeyError(key)}: the key itself is the argument, so {@code str(e)} is {@code repr(key)}. */
    @TruffleBoundary
    public static PException keyError(Object key) {
        return new PException(new PBaseException(BuiltinTypes.KEY_ERROR, new PTuple(new Object[]{key})), null);
    }

    @TruffleBoundary
    public static PException stopIteration(Object value) {
        PTuple args = value == PNone.NONE ? PTuple.EMPTY : new PTuple(new Object[]{value});
        return new PException(new PBaseException(BuiltinTypes.STOP_ITERATION, args), null);
    }

    /** {@code str()} of a SyntaxError: {@code msg (file.py, line 3)}, the file's base name only, as CPython. */
    private static String syntaxErrorMessage(PBaseException exception) {
        String msg = Repr.str(Attributes.getOwn(exception, "msg"));
        Object filename = Attributes.getOwn(exception, "filename");
        Object lineno = Attributes.getOwn(exception, "lineno");
        boolean hasLine = lineno instanceof Long;
        if (filename instanceof String f) {
            String base = f.substring(f.lastIndexOf('/') + 1);
            return hasLine ? msg + " (" + base + ", line " + lineno + ")" : msg + " (" + base + ")";
        }
        return hasLine ? msg + " (line " + lineno + ")" : msg;
    }

    /** UnicodeDecodeError's message from its attributes; null when they are not all there. */
    private static String unicodeDecodeMessage(PBaseException e) {
        Object encoding = Attributes.getOwn(e, "encoding");
        Object object = Attributes.getOwn(e, "object");
        Object start = Attributes.getOwn(e, "start");
        Object end = Attributes.getOwn(e, "end");
        Object reason = Attributes.getOwn(e, "reason");
        if (!(object instanceof PBytes bytes) || !(start instanceof Long s) || !(end instanceof Long en) || encoding == null || reason == null) {
            return null;
        }
        if (en == s + 1 && s >= 0 && s < bytes.getBytes().length) {
            return String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", Repr.str(encoding), bytes.getBytes()[(int) (long) s] & 0xff, s,
                            Repr.str(reason));
        }
        return String.format("'%s' codec can't decode bytes in position %d-%d: %s", Repr.str(encoding), s, en - 1, Repr.str(reason));
    }

    /** UnicodeEncodeError's (or, without an encoding, UnicodeTranslateError's) message; null when attributes are missing. */
    private static String unicodeEncodeMessage(PBaseException e) {
        Object encoding = Attributes.getOwn(e, "encoding");
        Object object = Attributes.getOwn(e, "object");
        Object start = Attributes.getOwn(e, "start");
        Object end = Attributes.getOwn(e, "end");
        Object reason = Attributes.getOwn(e, "reason");
        boolean translate = e.getPythonClass().isSubclassOf(BuiltinTypes.UNICODE_TRANSLATE_ERROR);
        if (!(object instanceof String str) || !(start instanceof Long s) || !(end instanceof Long en) || !translate && encoding == null || reason == null) {
            return null;
        }
        String head = translate ? "can't translate" : "'" + Repr.str(encoding) + "' codec can't encode";
        int length = str.codePointCount(0, str.length());
        if (en == s + 1 && s >= 0 && s < length) {
            int cp = str.codePointAt(str.offsetByCodePoints(0, (int) (long) s));
            return String.format("%s character '%s' in position %d: %s", head, StringRepr.escape(cp), s, Repr.str(reason));
        }
        return String.format("%s characters in position %d-%d: %s", head, s, en - 1, Repr.str(reason));
    }

    /** {@code str(exception)}: empty for no arguments, str of a single argument, else the repr of the args tuple. */
    @TruffleBoundary
    public static String messageOf(PBaseException exception) {
        PTuple args = exception.getArgs();
        if (exception.getGroupMessage() != null) {
            return ExceptionGroups.str(exception);
        }
        if (exception.getPythonClass().isSubclassOf(BuiltinTypes.OS_ERROR)) {
            String os = OsErrors.message(exception);
            if (os != null) {
                return os;
            }
        }
        if (exception.getPythonClass().isSubclassOf(BuiltinTypes.SYNTAX_ERROR) && Attributes.getOwn(exception, "msg") != null) {
            return syntaxErrorMessage(exception);
        }
        if (exception.getPythonClass().isSubclassOf(BuiltinTypes.UNICODE_DECODE_ERROR)) {
            String decode = unicodeDecodeMessage(exception);
            if (decode != null) {
                return decode;
            }
        }
        if (exception.getPythonClass().isSubclassOf(BuiltinTypes.UNICODE_ENCODE_ERROR) || exception.getPythonClass().isSubclassOf(BuiltinTypes.UNICODE_TRANSLATE_ERROR)) {
            String encode = unicodeEncodeMessage(exception);
            if (encode != null) {
                return encode;
            }
        }
        if (exception.getPythonClass().isSubclassOf(BuiltinTypes.KEY_ERROR) && args.size() == 1) {
            return Repr.repr(args.get(0));
        }
        switch (args.size()) {
            case 0:
                return "";
            case 1:
                return Repr.str(args.get(0));
            default:
                return Repr.repr(args);
        }
    }
}
