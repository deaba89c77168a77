package org.minipy.modules;

import java.util.IdentityHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.runtime.Attributes;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Errors;
import org.minipy.runtime.FloatOps;
import org.minipy.runtime.IntOps;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PSubclassValue;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.Repr;
import org.minipy.runtime.Sorting;
import org.minipy.runtime.Truth;
import org.minipy.runtime.TypeOf;

/**
 * {@code json.dumps} in one pass over the object tree, the work of CPython's C encoder: json.py's {@code JSONEncoder.encode}
 * hands its settings here unless a subclass overrides {@code iterencode} (whose chunks it then produces in Python).
 * Same text, same errors (circular references, out-of-range floats, bad keys) and the same calls of {@code default}.
 */
final class JsonEncoder {
    /** Nesting deeper than this is CPython's RecursionError rather than a Java stack overflow. */
    private static final int MAX_DEPTH = 990;

    private final Object encoder;
    private final String indent;
    private final String itemSeparator;
    private final String keySeparator;
    private final boolean sortKeys;
    private final boolean skipKeys;
    private final boolean ensureAscii;
    private final boolean allowNan;
    private final IdentityHashMap<Object, Boolean> markers;
    private final StringBuilder out = new StringBuilder();
    private int depth;

    private JsonEncoder(Object encoder, Object indent) {
        this.encoder = encoder;
        this.indent = indent == PNone.NONE ? null : (String) PSubclassValue.unwrap(indent);
        this.itemSeparator = text(Attributes.getAttribute(encoder, "item_separator"));
        this.keySeparator = text(Attributes.getAttribute(encoder, "key_separator"));
        this.sortKeys = Truth.isTrue(Attributes.getAttribute(encoder, "sort_keys"));
        this.skipKeys = Truth.isTrue(Attributes.getAttribute(encoder, "skipkeys"));
        this.ensureAscii = Truth.isTrue(Attributes.getAttribute(encoder, "ensure_ascii"));
        this.allowNan = Truth.isTrue(Attributes.getAttribute(encoder, "allow_nan"));
        this.markers = Truth.isTrue(Attributes.getAttribute(encoder, "check_circular")) ? new IdentityHashMap<>() : null;
    }

    private static String text(Object o) {
        if (PSubclassValue.unwrap(o) instanceof String s) {
            return s;
        }
        throw Errors.typeError("separator must be str, not %s", TypeOf.nameOf(o));
    }

    /** The JSON text of o under the settings of the JSONEncoder encoder; indent is None or the str of one level. */
    @TruffleBoundary
    static String encode(Object encoder, Object o, Object indent) {
        JsonEncoder e = new JsonEncoder(encoder, indent);
        e.encode(o, 0);
        return e.out.toString();
    }

    /** The text of a str, None, bool, int or float, or null for anything else. */
    private String scalar(Object o) {
        Object v = PSubclassValue.unwrap(o);
        if (v instanceof String s) {
            return JsonModule.encodeString(s, ensureAscii);
        } else if (o == PNone.NONE) {
            return "null";
        } else if (v instanceof Boolean b) {
            return b ? "true" : "false";
        } else if (IntOps.isInt(v)) {
            return Repr.repr(v);
        } else if (v instanceof Double d) {
            return floatText(d);
        }
        return null;
    }

    private String floatText(double d) {
        String text;
        if (Double.isNaN(d)) {
            text = "NaN";
        } else if (d == Double.POSITIVE_INFINITY) {
            text = "Infinity";
        } else if (d == Double.NEGATIVE_INFINITY) {
            text = "-Infinity";
        } else {
            return FloatOps.repr(d);
        }
        if (!allowNan) {
            throw Errors.valueError("Out of range float values are not JSON compliant");
        }
        return text;
    }

    private void encode(Object o, int level) {
        String text = scalar(o);
        if (text != null) {
            out.append(text);
        } else if (o instanceof PList || o instanceof PTuple) {
            encodeList(o, level);
        } else if (o instanceof PDict d) {
            encodeDict(d, level);
        } else {
            mark(o);
            Object replacement = Calls.call(Attributes.getAttribute(encoder, "default"), new Object[]{o});
            enter();
            encode(replacement, level);
            depth--;
            unmark(o);
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw Errors.raise(BuiltinTypes.RECURSION_ERROR, "maximum recursion depth exceeded while encoding a JSON object");
        }
    }

    private void mark(Object o) {
        if (markers != null && markers.put(o, Boolean.TRUE) != null) {
            throw Errors.valueError("Circular reference detected");
        }
    }

    private void unmark(Object o) {
        if (markers != null) {
            markers.remove(o);
        }
    }

    private static Object[] items(Object sequence) {
        if (sequence instanceof PList l && l.getPythonClass() == BuiltinTypes.LIST) {
            return l.toArray();
        } else if (sequence instanceof PTuple t && t.getPythonClass() == BuiltinTypes.TUPLE) {
            return t.getItems();
        }
        return Iteration.toArray(Iteration.getIter(sequence));
    }

    private String newline(int level) {
        return "\n" + indent.repeat(level);
    }

    private void encodeList(Object list, int level) {
        Object[] values = items(list);
        if (values.length == 0) {
            out.append("[]");
            return;
        }
        mark(list);
        enter();
        out.append('[');
        String separator = itemSeparator;
        if (indent != null) {
            level++;
            separator = itemSeparator + newline(level);
            out.append(newline(level));
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(separator);
            }
            encode(values[i], level);
        }
        if (indent != null) {
            out.append(newline(level - 1));
        }
        out.append(']');
        depth--;
        unmark(list);
    }

    private void encodeDict(PDict dict, int level) {
        if (dict.size() == 0 && dict.isExact()) {
            out.append("{}");
            return;
        }
        Object[] pairs;
        if (dict.isExact()) {
            PDict.Entry[] entries = dict.entriesSnapshot();
            pairs = new Object[entries.length];
            for (int i = 0; i < entries.length; i++) {
                pairs[i] = new PTuple(new Object[]{entries[i].key, entries[i].value});
            }
        } else {
            pairs = Iteration.toArray(Iteration.getIter(Calls.call(Attributes.getAttribute(dict, "items"), new Object[0])));
            if (pairs.length == 0) {
                out.append("{}");
                return;
            }
        }
        mark(dict);
        enter();
        out.append('{');
        String separator = itemSeparator;
        if (indent != null) {
            level++;
            separator = itemSeparator + newline(level);
            out.append(newline(level));
        }
        if (sortKeys) {
            Sorting.sort(pairs, PNone.NONE, false);
        }
        boolean first = true;
        for (Object pair : pairs) {
            Object[] kv = items(pair);
            if (kv.length != 2) {
                throw kv.length > 2 ? Errors.valueError("too many values to unpack (expected 2)")
                                : Errors.valueError("not enough values to unpack (expected 2, got %d)", kv.length);
            }
            String key = keyText(kv[0]);
            if (key == null) {
                continue;
            }
            if (!first) {
                out.append(separator);
            }
            first = false;
            out.append(JsonModule.encodeString(key, ensureAscii)).append(keySeparator);
            encode(kv[1], level);
        }
        if (indent != null) {
            out.append(newline(level - 1));
        }
        out.append('}');
        depth--;
        unmark(dict);
    }

    /** The text of a dict key, or null to skip it. */
    private String keyText(Object key) {
        Object v = PSubclassValue.unwrap(key);
        if (v instanceof String s) {
            return s;
        } else if (v instanceof Double d) {
            return floatText(d);
        } else if (v instanceof Boolean b) {
            return b ? "true" : "false";
        } else if (key == PNone.NONE) {
            return "null";
        } else if (IntOps.isInt(v)) {
            return Repr.repr(v);
        } else if (skipKeys) {
            return null;
        }
        throw Errors.typeError("keys must be str, int, float, bool or None, not %s", TypeOf.nameOf(key));
    }
}
