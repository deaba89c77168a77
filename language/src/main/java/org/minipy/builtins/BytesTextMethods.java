package org.minipy.builtins;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Errors;
import org.minipy.runtime.IntOps;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Sequences;
import org.minipy.runtime.TypeOf;

/**
 * The text-like methods of {@code bytes} beyond the basics of {@link BytesMethods}: searching with start and end,
 * partition, the strip, split and padding variants, splitlines, and the ASCII-only case conversions and predicates.
 *
 * <p>Methods that only move bytes around run str's implementation on the bytes read as Latin-1 (one char per byte,
 * so positions and results map back exactly); case and character classes follow bytes' rules (ASCII letters,
 * digits and whitespace only), written here.
 */
final class BytesTextMethods {
    private BytesTextMethods() {
    }

    /** What bytes' split() and strip() treat as whitespace (str's set is larger). */
    private static final String ASCII_WHITESPACE = " \t\n\r\u000b\f";

    static void install() {
        PythonClass cls = BuiltinTypes.BYTES;
        for (String name : new String[]{"find", "rfind", "count"}) {
            Install.method(cls, name + "(self, sub, start=None, end=None, /)", a -> viaStr(name, subArgs(a)));
        }
        for (String name : new String[]{"index", "rindex"}) {
            Install.method(cls, name + "(self, sub, start=None, end=None, /)", a -> {
                long i = (Long) viaStr(name.equals("index") ? "find" : "rfind", subArgs(a));
                if (i < 0) {
                    throw Errors.valueError("subsection not found");
                }
                return i;
            });
        }
        Install.method(cls, "startswith(self, prefix, start=None, end=None, /)", a -> viaStr("startswith", affixArgs(a, "startswith")));
        Install.method(cls, "endswith(self, suffix, start=None, end=None, /)", a -> viaStr("endswith", affixArgs(a, "endswith")));
        for (String name : new String[]{"find", "rfind", "index", "rindex", "count", "startswith", "endswith"}) {
            ((PBuiltinFunction) cls.getOwnAttribute(name)).setArgumentTupleStyle(); // as str's (PyArg_ParseTuple)
        }
        Install.method(cls, "partition(self, sep, /)", a -> viaStr("partition", checked(a, "b")));
        Install.method(cls, "rpartition(self, sep, /)", a -> viaStr("rpartition", checked(a, "b")));
        Install.method(cls, "rsplit(self, sep=None, maxsplit=-1)", a -> viaStr("rsplit", checked(a, "ni")));
        Install.method(cls, "lstrip(self, bytes=None, /)", a -> viaStr("lstrip", stripArgs(checked(a, "n"))));
        Install.method(cls, "rstrip(self, bytes=None, /)", a -> viaStr("rstrip", stripArgs(checked(a, "n"))));
        Install.method(cls, "strip(self, bytes=None, /)", a -> viaStr("strip", stripArgs(checked(a, "n"))));
        Install.method(cls, "center(self, width, fillchar=?, /)", a -> viaStr("center", fillArgs(checked(a, "i"), "center")));
        Install.method(cls, "ljust(self, width, fillchar=?, /)", a -> viaStr("ljust", fillArgs(checked(a, "i"), "ljust")));
        Install.method(cls, "rjust(self, width, fillchar=?, /)", a -> viaStr("rjust", fillArgs(checked(a, "i"), "rjust")));
        Install.method(cls, "zfill(self, width, /)", a -> viaStr("zfill", checked(a, "i")));
        Install.method(cls, "removeprefix(self, prefix, /)", a -> viaStr("removeprefix", checked(a, "b")));
        Install.method(cls, "removesuffix(self, suffix, /)", a -> viaStr("removesuffix", checked(a, "b")));
        Install.method(cls, "expandtabs(self, tabsize=8)", a -> viaStr("expandtabs", checked(a, "t")));
        PBuiltinFunction maketrans = PBuiltinFunction.create("maketrans(frm, to, /)", a -> {
            byte[] from = BytesMethods.bytesArg(a[0]);
            byte[] to = BytesMethods.bytesArg(a[1]);
            if (from.length != to.length) {
                throw Errors.valueError("maketrans arguments must have same length");
            }
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) {
                table[i] = (byte) i;
            }
            for (int i = 0; i < from.length; i++) {
                table[from[i] & 0xff] = to[i];
            }
            return new PBytes(table);
        });
        maketrans.setQualifiedName("bytes.maketrans");
        cls.define("maketrans", new org.minipy.runtime.Descriptors.PStaticMethod(maketrans));
        Install.method(cls, "translate(self, table, /, delete=?)", a -> {
            byte[] table = a[1] == PNone.NONE ? null : BytesMethods.bytesArg(a[1]);
            if (table != null && table.length != 256) {
                throw Errors.valueError("translation table must be 256 characters long");
            }
            boolean[] deleted = new boolean[256];
            for (byte d : a[2] == PBuiltinFunction.MISSING ? new byte[0] : BytesMethods.bytesArg(a[2])) {
                deleted[d & 0xff] = true;
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (byte b : bytes(a[0])) {
                if (!deleted[b & 0xff]) {
                    out.write(table == null ? b : table[b & 0xff]);
                }
            }
            return new PBytes(out.toByteArray());
        });
        Install.method(cls, "splitlines(self, keepends=False)", a -> splitlines(bytes(a[0]), Sequences.asIndex(a[1], "flag") != 0));

        Install.method(cls, "upper(self)", a -> mapCase(bytes(a[0]), 'u'));
        Install.method(cls, "lower(self)", a -> mapCase(bytes(a[0]), 'l'));
        Install.method(cls, "swapcase(self)", a -> mapCase(bytes(a[0]), 's'));
        Install.method(cls, "capitalize(self)", a -> mapCase(bytes(a[0]), 'c'));
        Install.method(cls, "title(self)", a -> mapCase(bytes(a[0]), 't'));
        Install.method(cls, "isalpha(self)", a -> all(bytes(a[0]), "a"));
        Install.method(cls, "isdigit(self)", a -> all(bytes(a[0]), "d"));
        Install.method(cls, "isalnum(self)", a -> all(bytes(a[0]), "ad"));
        Install.method(cls, "isspace(self)", a -> all(bytes(a[0]), "s"));
        Install.method(cls, "isascii(self)", a -> {
            for (byte b : bytes(a[0])) {
                if (b < 0) {
                    return false;
                }
            }
            return true;
        });
        Install.method(cls, "isupper(self)", a -> cased(bytes(a[0]), true));
        Install.method(cls, "islower(self)", a -> cased(bytes(a[0]), false));
        Install.method(cls, "istitle(self)", a -> istitle(bytes(a[0])));
    }

    private static byte[] bytes(Object o) {
        return ((PBytes) o).getBytes();
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** A bytes argument as Latin-1 text; None and numbers pass; anything else is CPython's TypeError. */
    private static Object toText(Object o) {
        if (o instanceof PBytes b) {
            return text(b.getBytes());
        } else if (o instanceof String || o instanceof PList) {
            throw Errors.typeError("a bytes-like object is required, not '%s'", TypeOf.nameOf(o));
        }
        return o;
    }

    /** The result of str's method turned back into bytes (str, and the str items of a list or tuple). */
    private static Object fromText(Object o) {
        if (o instanceof String s) {
            return new PBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        } else if (o instanceof PList l) {
            Object[] items = l.toArray();
            for (int i = 0; i < items.length; i++) {
                items[i] = fromText(items[i]);
            }
            return new PList(items);
        } else if (o instanceof PTuple t) {
            Object[] items = t.getItems().clone();
            for (int i = 0; i < items.length; i++) {
                items[i] = fromText(items[i]);
            }
            return new PTuple(items);
        }
        return o;
    }

    private static Object viaStr(String name, Object[] a) {
        Object[] args = new Object[a.length];
        for (int i = 0; i < a.length; i++) {
            args[i] = toText(a[i]);
        }
        return fromText(Calls.call(BuiltinTypes.STR.lookup(name), args));
    }

    /**
     * The arguments after self checked as CPython's bytes methods parse them, one letter each: {@code b} bytes,
     * {@code n} bytes or None, {@code i} an index-sized int, {@code t} a C int (expandtabs); ints come back as Longs.
     */
    private static Object[] checked(Object[] a, String kinds) {
        Object[] r = a.clone();
        // ints are converted while the arguments are parsed, the bytes checked afterwards in the method
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < kinds.length() && i + 1 < a.length; i++) {
                Object o = a[i + 1];
                if (o == PBuiltinFunction.MISSING) {
                    continue;
                }
                switch (kinds.charAt(i)) {
                    case 'i' -> r[i + 1] = pass == 0 ? Sequences.asIndex(o, "width") : r[i + 1];
                    case 't' -> r[i + 1] = pass == 0 ? Sequences.asIndex(o, "tabsize") : r[i + 1];
                    case 'n', 'b' -> {
                        if (pass == 1 && !(o instanceof PBytes) && !(o == PNone.NONE && kinds.charAt(i) == 'n')) {
                            throw Errors.typeError("a bytes-like object is required, not '%s'", TypeOf.nameOf(o));
                        }
                    }
                    default -> throw new IllegalArgumentException(kinds);
                }
            }
        }
        return r;
    }

    /** find/count/index: the sub may also be an int, one byte. */
    private static Object[] subArgs(Object[] a) {
        StrMethods.bounds(a);
        Object[] r = a.clone();
        if (IntOps.isInt(a[1])) {
            long v = a[1] instanceof BigInteger ? -1 : Sequences.asIndex(a[1], "byte");
            if (v < 0 || v > 255) {
                throw Errors.valueError("byte must be in range(0, 256)");
            }
            r[1] = new PBytes(new byte[]{(byte) v});
        } else if (!(a[1] instanceof PBytes)) {
            throw Errors.typeError("argument should be integer or bytes-like object, not '%s'", TypeOf.nameOf(a[1]));
        }
        return r;
    }

    /** startswith/endswith: bytes or a tuple of bytes. */
    private static Object[] affixArgs(Object[] a, String name) {
        StrMethods.bounds(a);
        Object[] r = a.clone();
        if (a[1] instanceof PTuple t) {
            Object[] items = t.getItems().clone();
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof PBytes)) {
                    throw Errors.typeError("a bytes-like object is required, not '%s'", TypeOf.nameOf(items[i]));
                }
                items[i] = toText(items[i]);
            }
            r[1] = new PTuple(items);
        } else if (!(a[1] instanceof PBytes)) {
            throw Errors.typeError("%s first arg must be bytes or a tuple of bytes, not %s", name, TypeOf.nameOf(a[1]));
        }
        return r;
    }

    private static Object[] stripArgs(Object[] a) {
        Object[] r = a.clone();
        if (a[1] == PNone.NONE) {
            r[1] = new PBytes(ASCII_WHITESPACE.getBytes(StandardCharsets.ISO_8859_1));
        }
        return r;
    }

    private static Object[] fillArgs(Object[] a, String name) {
        if (a[2] == PBuiltinFunction.MISSING) {
            Object[] r = a.clone();
            r[2] = new PBytes(new byte[]{' '});
            return r;
        }
        if (!(a[2] instanceof PBytes fill) || fill.getBytes().length != 1) {
            throw Errors.typeError("%s() argument 2 must be a byte string of length 1, not %s", name, Errors.argumentTypeName(a[2]));
        }
        return a;
    }

    private static PList splitlines(byte[] b, boolean keepends) {
        PList out = new PList(new Object[0]);
        int start = 0;
        int i = 0;
        while (i < b.length) {
            if (b[i] == '\n' || b[i] == '\r') {
                int end = i;
                i += b[i] == '\r' && i + 1 < b.length && b[i + 1] == '\n' ? 2 : 1;
                out.append(new PBytes(java.util.Arrays.copyOfRange(b, start, keepends ? i : end)));
                start = i;
            } else {
                i++;
            }
        }
        if (start < b.length) {
            out.append(new PBytes(java.util.Arrays.copyOfRange(b, start, b.length)));
        }
        return out;
    }

    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static PBytes mapCase(byte[] b, char how) {
        byte[] r = b.clone();
        boolean previousCased = false;
        for (int i = 0; i < r.length; i++) {
            int c = r[i];
            boolean upper = switch (how) {
                case 'u' -> true;
                case 'l' -> false;
                case 's' -> isLower(c);
                case 'c' -> i == 0;
                default -> !previousCased;
            };
            if (upper && isLower(c)) {
                r[i] = (byte) (c - 32);
            } else if (!upper && isUpper(c)) {
                r[i] = (byte) (c + 32);
            }
            previousCased = isUpper(c) || isLower(c);
        }
        return new PBytes(r);
    }

    /** Whether the bytes are non-empty and all of the classes named: a(lpha), d(igit), s(pace). */
    private static boolean all(byte[] b, String classes) {
        if (b.length == 0) {
            return false;
        }
        for (byte x : b) {
            boolean ok = classes.indexOf('a') >= 0 && (isUpper(x) || isLower(x)) || classes.indexOf('d') >= 0 && x >= '0' && x <= '9'
                            || classes.indexOf('s') >= 0 && ASCII_WHITESPACE.indexOf(x) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean cased(byte[] b, boolean upper) {
        boolean any = false;
        for (byte x : b) {
            if (upper ? isLower(x) : isUpper(x)) {
                return false;
            }
            any |= upper ? isUpper(x) : isLower(x);
        }
        return any;
    }

    private static boolean istitle(byte[] b) {
        boolean any = false;
        boolean previousCased = false;
        for (byte x : b) {
            if (isUpper(x)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                any = true;
            } else if (isLower(x)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
            } else {
                previousCased = false;
            }
        }
        return any;
    }
}
