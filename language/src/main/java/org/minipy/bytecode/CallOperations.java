package org.minipy.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.runtime.Attributes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Errors;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.Repr;
import org.minipy.runtime.TypeOf;

/** The runtime side of the call operations: argument lists with keywords, unpacked {@code *args}/{@code **kw}. */
final class CallOperations {
    private CallOperations() {
    }

    static Object call(Object callee, Object[] args) {
        return Calls.call(callee, args, null, null);
    }

    @TruffleBoundary
    static Object callKw(String[] kwNames, Object callee, Object[] args) {
        int npos = args.length - kwNames.length;
        Object[] positional = new Object[npos];
        Object[] kwValues = new Object[kwNames.length];
        System.arraycopy(args, 0, positional, 0, npos);
        System.arraycopy(args, npos, kwValues, 0, kwNames.length);
        return Calls.call(callee, positional, kwNames, kwValues);
    }

    @TruffleBoundary
    static Object callEx(Object callee, Object positional, Object keywords) {
        Object[] args = ((PTuple) positional).getItems();
        if (keywords == PNone.NONE) {
            return Calls.call(callee, args, null, null);
        }
        PDict kw = (PDict) keywords;
        PDict.Entry[] entries = kw.entriesSnapshot();
        String[] names = new String[entries.length];
        Object[] values = new Object[entries.length];
        for (int i = 0; i < entries.length; i++) {
            if (!(entries[i].key instanceof String s)) {
                throw Errors.typeError("keywords must be strings");
            }
            names[i] = s;
            values[i] = entries[i].value;
        }
        return Calls.call(callee, args, names.length == 0 ? null : names, values);
    }

    /**
     * For {@code receiver.name(...)}: the plain function the class defines under that name when nothing shadows it,
     * so the caller can pass the receiver itself and allocate no bound method; otherwise null.
     */
    @TruffleBoundary
    static Object unboundMethod(Object receiver, String name) {
        if (receiver instanceof org.minipy.runtime.PythonObject po && !(receiver instanceof org.minipy.runtime.PythonClass)) {
            org.minipy.runtime.PythonClass cls = TypeOf.classOf(receiver);
            Object attr = cls.lookup(name);
            if (attr instanceof org.minipy.runtime.PFunction && Attributes.getOwn(po, name) == null &&
                            Attributes.lookupUserSpecial(cls, "__getattribute__") == null) {
                return attr;
            }
        }
        return null;
    }

    @TruffleBoundary
    static Object getAttribute(Object receiver, String name) {
        return Attributes.getAttribute(receiver, name);
    }

    /** {@code f(**mapping)} needs a dict of str keys; checks and copies it. */
    @TruffleBoundary
    static PDict toKeywordDict(Object mapping, Object callee) {
        if (mapping instanceof PDict d) {
            return d;
        }
        Object keys = Attributes.lookupAttribute(mapping, "keys");
        if (keys == null) {
            throw Errors.typeError("%s argument after ** must be a mapping, not %s", Repr.repr(callee), TypeOf.nameOf(mapping));
        }
        PDict d = new PDict();
        for (Object k : Iteration.toArray(Calls.call(keys, new Object[0]))) {
            d.put(k, org.minipy.runtime.Sequences.getItem(mapping, k));
        }
        return d;
    }
}
