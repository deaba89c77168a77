package org.minipy.modules;

import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.runtime.Attributes;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Errors;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.Truth;

/**
 * {@code json.loads}'s recursive descent in Java, the work of CPython's C scanner: json.py's {@code raw_decode} hands
 * it the document and the decoder's hooks ({@code object_hook object_pairs_hook parse_float parse_int parse_constant},
 * {@code strict}). A syntax error comes back as a value, {@code (None, message, position)}, for json.py to raise as its
 * JSONDecodeError; a result is {@code (value, end)}.
 */
final class JsonDecoder {
    /** Nesting deeper than this is CPython's RecursionError rather than a Java stack overflow. */
    private static final int MAX_DEPTH = 990;

    /** A syntax error at a position, unwound to {@link #decode} (no stack trace: it is control flow). */
    private static final class SyntaxFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String message;
        final int position;

        SyntaxFailure(String message, int position) {
            super(null, null, false, false);
            this.message = message;
            this.position = position;
        }
    }

    private final JsonModule.Text s;
    private final Object objectHook;
    private final Object pairsHook;
    private final Object parseFloat;
    private final Object parseInt;
    private final Object parseConstant;
    private final boolean strict;
    private int depth;

    private JsonDecoder(Object decoder, JsonModule.Text s) {
        this.s = s;
        this.objectHook = Attributes.getAttribute(decoder, "object_hook");
        this.pairsHook = Attributes.getAttribute(decoder, "object_pairs_hook");
        this.parseFloat = Attributes.getAttribute(decoder, "parse_float");
        this.parseInt = Attributes.getAttribute(decoder, "parse_int");
        this.parseConstant = Attributes.getAttribute(decoder, "parse_constant");
        this.strict = Truth.isTrue(Attributes.getAttribute(decoder, "strict"));
    }

    @TruffleBoundary
    static PTuple decode(Object decoder, JsonModule.Text s, int pos) {
        JsonDecoder d = new JsonDecoder(decoder, s);
        try {
            Object[] result = new Object[1];
            int end = d.value(pos, result);
            return new PTuple(new Object[]{result[0], (long) end});
        } catch (SyntaxFailure f) {
            return new PTuple(new Object[]{PNone.NONE, f.message, (long) f.position});
        }
    }

    private int skip(int pos) {
        return JsonModule.skipWhitespace(s, pos);
    }

    private boolean at(int pos, char c) {
        return pos < s.length() && s.charAt(pos) == c;
    }

    /** Parses the value at pos into result[0]; returns its end. */
    private int value(int pos, Object[] result) {
        if (pos >= s.length()) {
            throw new SyntaxFailure("Expecting value", pos);
        }
        int c = s.charAt(pos);
        switch (c) {
            case '"' -> {
                PTuple t = JsonModule.scanString(s, pos + 1, strict);
                if (t.get(0) == PNone.NONE) {
                    throw new SyntaxFailure((String) t.get(1), (int) (long) (Long) t.get(2));
                }
                result[0] = t.get(0);
                return (int) (long) (Long) t.get(1);
            }
            case '{' -> {
                return object(pos + 1, result);
            }
            case '[' -> {
                return array(pos + 1, result);
            }
            default -> {
            }
        }
        if (c == 'n' && s.startsWith("null", pos)) {
            result[0] = PNone.NONE;
            return pos + 4;
        } else if (c == 't' && s.startsWith("true", pos)) {
            result[0] = Boolean.TRUE;
            return pos + 4;
        } else if (c == 'f' && s.startsWith("false", pos)) {
            result[0] = Boolean.FALSE;
            return pos + 5;
        } else if (c == 'N' && s.startsWith("NaN", pos)) {
            result[0] = Calls.call(parseConstant, new Object[]{"NaN"});
            return pos + 3;
        } else if (c == 'I' && s.startsWith("Infinity", pos)) {
            result[0] = Calls.call(parseConstant, new Object[]{"Infinity"});
            return pos + 8;
        } else if (c == '-' && s.startsWith("-Infinity", pos)) {
            result[0] = Calls.call(parseConstant, new Object[]{"-Infinity"});
            return pos + 9;
        }
        long scanned = JsonModule.scanNumber(s, pos);
        if (scanned < 0) {
            throw new SyntaxFailure("Expecting value", pos);
        }
        int end = (int) (scanned >> 1);
        String text = s.substring(pos, end);
        if ((scanned & 1) != 0) {
            result[0] = parseFloat == BuiltinTypes.FLOAT ? (Object) Double.parseDouble(text) : Calls.call(parseFloat, new Object[]{text});
        } else if (parseInt == BuiltinTypes.INT && text.length() <= 18) {
            result[0] = Long.parseLong(text);
        } else {
            result[0] = Calls.call(parseInt, new Object[]{text});
        }
        return end;
    }

    private void enter(String what) {
        if (++depth > MAX_DEPTH) {
            throw Errors.raise(BuiltinTypes.RECURSION_ERROR, "maximum recursion depth exceeded while decoding a JSON %s from a unicode string", what);
        }
    }

    private int object(int pos, Object[] result) {
        enter("object");
        ArrayList<Object> pairs = new ArrayList<>();
        pos = skip(pos);
        if (!at(pos, '}')) {
            while (true) {
                if (!at(pos, '"')) {
                    throw new SyntaxFailure("Expecting property name enclosed in double quotes", pos);
                }
                pos = value(pos, result);
                Object key = result[0];
                pos = skip(pos);
                if (!at(pos, ':')) {
                    throw new SyntaxFailure("Expecting ':' delimiter", pos);
                }
                pos = value(skip(pos + 1), result);
                pairs.add(new PTuple(new Object[]{key, result[0]}));
                pos = skip(pos);
                if (at(pos, '}')) {
                    break;
                }
                if (!at(pos, ',')) {
                    throw new SyntaxFailure("Expecting ',' delimiter", pos);
                }
                pos = skip(pos + 1);
            }
        }
        depth--;
        if (pairsHook != PNone.NONE) {
            result[0] = Calls.call(pairsHook, new Object[]{new PList(pairs.toArray())});
        } else {
            PDict dict = new PDict();
            for (Object pair : pairs) {
                PTuple kv = (PTuple) pair;
                dict.put(kv.get(0), kv.get(1));
            }
            result[0] = objectHook != PNone.NONE ? Calls.call(objectHook, new Object[]{dict}) : dict;
        }
        return pos + 1;
    }

    private int array(int pos, Object[] result) {
        enter("array");
        ArrayList<Object> values = new ArrayList<>();
        pos = skip(pos);
        if (!at(pos, ']')) {
            while (true) {
                pos = value(pos, result);
                values.add(result[0]);
                pos = skip(pos);
                if (at(pos, ']')) {
                    break;
                }
                if (!at(pos, ',')) {
                    throw new SyntaxFailure("Expecting ',' delimiter", pos);
                }
                pos = skip(pos + 1);
            }
        }
        depth--;
        result[0] = new PList(values.toArray());
        return pos + 1;
    }
}
