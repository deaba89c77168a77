package org.minipy.builtins;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;

import org.minipy.ast.Operator.Compare;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Comparisons;
import org.minipy.runtime.Errors;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PList;
import org.minipy.runtime.PSingleton;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Repr;
import org.minipy.runtime.Sequences;
import org.minipy.runtime.TypeOf;

/** The basic methods of {@code bytes}: construction, decode, hex, join, find/count, starts/endswith, split, strip. */
final class BytesMethods {
    private BytesMethods() {
    }

    /** {@code bytes.hex(sep, bytes_per_sep)}: groups counted from the right, or from the left when negative. */
    private static String hex(byte[] bytes, Object sepArg, Object perArg) {
        String sep = null;
        if (sepArg != PBuiltinFunction.MISSING) {
            sep = sepArg instanceof PBytes b ? new String(b.getBytes(), java.nio.charset.StandardCharsets.ISO_8859_1)
                            : sepArg instanceof String s ? s : null;
            if (sep == null) {
                throw Errors.typeError("object of type '%s' has no len()", TypeOf.nameOf(sepArg));
            }
            if (sep.length() != 1) {
                throw Errors.valueError("sep must be length 1.");
            }
        }
        long per = org.minipy.runtime.Sequences.asIndex(perArg, "int");
        StringBuilder sb = new StringBuilder();
        int n = bytes.length;
        for (int i = 0; i < n; i++) {
            if (sep != null && i > 0 && per != 0) {
                long group = Math.abs(per);
                boolean boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
                if (boundary) {
                    sb.append(sep);
                }
            }
            sb.append(Character.forDigit((bytes[i] >> 4) & 0xf, 16)).append(Character.forDigit(bytes[i] & 0xf, 16));
        }
        return sb.toString();
    }

    private static byte[] self(Object o) {
        return ((PBytes) o).getBytes();
    }

    /** The bytes of a bytes-like argument, or TypeError in CPython's words. */
    static byte[] bytesArg(Object o) {
        if (o instanceof PBytes b) {
            return b.getBytes();
        }
        throw Errors.typeError("a bytes-like object is required, not '%s'", TypeOf.nameOf(o));
    }

    static Charset charset(String encoding) {
        return org.minipy.runtime.Codecs.charset(encoding);
    }

    static void install() {
        // bytearray is only a name here (isinstance checks, sum's message); making one is refused.
        Install.constructor(BuiltinTypes.BYTEARRAY, "bytearray(cls, *args, **kwargs)", a -> {
            throw Errors.notImplementedError("MiniPy does not support bytearray (use bytes)");
        });
        Install.constructor(BuiltinTypes.MEMORYVIEW, "memoryview(cls, *args, **kwargs)", a -> {
            throw Errors.notImplementedError("MiniPy does not support memoryview");
        });
        Install.constructor(BuiltinTypes.COMPLEX, "complex(cls, *args, **kwargs)", a -> {
            throw Errors.notImplementedError("MiniPy does not support complex numbers");
        });
        PythonClass cls = BuiltinTypes.BYTES;
        Install.constructor(cls, "__new__(cls, source=?, encoding=?, errors=?)", a -> {
            Object src = a[1];
            if (src == PBuiltinFunction.MISSING) {
                return new PBytes(new byte[0]);
            }
            if (src instanceof String s) {
                if (a[2] == PBuiltinFunction.MISSING) {
                    throw Errors.typeError("string argument without an encoding");
                }
                String encoding = Errors.strArgument(a[2], "bytes() argument 'encoding'");
                if (a[3] != PBuiltinFunction.MISSING) {
                    Errors.strArgument(a[3], "bytes() argument 'errors'");
                }
                return new PBytes(s.getBytes(charset(encoding)));
            }
            if (a[2] != PBuiltinFunction.MISSING) {
                Errors.strArgument(a[2], "bytes() argument 'encoding'");
                throw Errors.typeError("encoding without a string argument");
            }
            if (a[3] != PBuiltinFunction.MISSING) {
                Errors.strArgument(a[3], "bytes() argument 'errors'");
                throw Errors.typeError("errors without a string argument");
            }
            if (src instanceof PBytes b) {
                return b;
            }
            Object dunderBytes = org.minipy.runtime.Attributes.lookupUserSpecial(TypeOf.classOf(src), "__bytes__");
            if (dunderBytes != null) {
                Object r = org.minipy.runtime.Calls.call(dunderBytes, new Object[]{src});
                if (!(r instanceof PBytes)) {
                    throw Errors.typeError("__bytes__ returned non-bytes (type %s)", TypeOf.nameOf(r));
                }
                return r;
            }
            if (org.minipy.runtime.IntOps.isInt(src)) {
                long n = Sequences.asIndex(src, "sequence"); // True is 1; a big int is an OverflowError
                if (n < 0) {
                    throw Errors.valueError("negative count");
                }
                if (n > Integer.MAX_VALUE - 8) {
                    throw Errors.raiseEmpty(BuiltinTypes.MEMORY_ERROR);
                }
                return new PBytes(new byte[(int) n]);
            }
            PythonClass srcClass = TypeOf.classOf(src);
            if (srcClass.lookup("__iter__") == null && srcClass.lookup("__getitem__") == null) {
                throw Errors.typeError("cannot convert '%s' object to bytes", srcClass.getName());
            }
            Object[] items = Iteration.toArray(src);
            byte[] out = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                if (!ListMethods.isIndexable(items[i])) {
                    throw Errors.typeError("'%s' object cannot be interpreted as an integer", TypeOf.nameOf(items[i]));
                }
                long v = Sequences.asIndex(items[i], "bytes");
                if (v < 0 || v > 255) {
                    throw Errors.valueError("bytes must be in range(0, 256)");
                }
                out[i] = (byte) v;
            }
            return new PBytes(out);
        });
        Install.method(cls, "decode(self, encoding='utf-8', errors='strict')", a -> {
            byte[] b = self(a[0]);
            String encoding = Errors.strArgument(a[1], "decode() argument 'encoding'");
            String errors = Errors.strArgument(a[2], "decode() argument 'errors'");
            if (StrCodecs.isOwnCodec(encoding)) {
                return StrCodecs.decode(b, encoding, errors);
            }
            Charset cs = charset(encoding);
            try {
                return cs.newDecoder()
                                .onMalformedInput(errors.equals("strict") ? CodingErrorAction.REPORT : errors.equals("ignore") ? CodingErrorAction.IGNORE : CodingErrorAction.REPLACE)
                                .onUnmappableCharacter(errors.equals("strict") ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE)
                                .decode(ByteBuffer.wrap(b)).toString();
            } catch (CharacterCodingException e) {
                throw Errors.raise(BuiltinTypes.UNICODE_DECODE_ERROR, "'%s' codec can't decode bytes", a[1]);
            }
        });
        Install.method(cls, "hex(self, sep=?, bytes_per_sep=1)", a -> hex(self(a[0]), a[1], a[2]));
        Install.classMethod(cls, "fromhex(cls, string, /)", a -> {
            if (!(a[1] instanceof String s)) {
                throw Errors.badArgument("fromhex() argument", "str", a[1]);
            }
            return new PBytes(fromHex(s));
        });
        Install.method(cls, "__len__(self)", a -> (long) self(a[0]).length);
        Install.method(cls, "__getitem__(self, key, /)", a -> Sequences.getItem(a[0], a[1]));
        Install.method(cls, "__contains__(self, key, /)", a -> {
            byte[] b = self(a[0]);
            if (a[1] instanceof PBytes sub) {
                return indexOf(b, sub.getBytes(), 0) >= 0;
            }
            return Sequences.contains(a[0], a[1]);
        });
        Install.method(cls, "__iter__(self)", a -> Iteration.getIter(a[0]));
        Install.method(cls, "__add__(self, value, /)", a -> {
            byte[] x = self(a[0]);
            if (!(a[1] instanceof PBytes)) {
                throw Errors.typeError("can't concat %s to bytes", TypeOf.nameOf(a[1]));
            }
            byte[] y = bytesArg(a[1]);
            byte[] r = new byte[x.length + y.length];
            System.arraycopy(x, 0, r, 0, x.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return new PBytes(r);
        });
        Install.method(cls, "join(self, iterable, /)", a -> {
            byte[] sep = self(a[0]);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!(a[1] instanceof PList) && !(a[1] instanceof PTuple) && Iteration.getIterOrNull(a[1]) == null) {
                throw Errors.typeError("can only join an iterable");
            }
            Object[] parts = Iteration.toArray(a[1]);
            for (int i = 0; i < parts.length; i++) {
                if (!(parts[i] instanceof PBytes p)) {
                    throw Errors.typeError("sequence item %d: expected a bytes-like object, %s found", i, TypeOf.nameOf(parts[i]));
                }
                if (i > 0) {
                    out.writeBytes(sep);
                }
                out.writeBytes(p.getBytes());
            }
            return new PBytes(out.toByteArray());
        });
        Install.method(cls, "startswith(self, prefix, /)", a -> startsWith(self(a[0]), a[1], true));
        Install.method(cls, "endswith(self, suffix, /)", a -> startsWith(self(a[0]), a[1], false));
        Install.method(cls, "find(self, sub, /)", a -> (long) indexOf(self(a[0]), subArg(a[1]), 0));
        Install.method(cls, "index(self, sub, /)", a -> {
            int i = indexOf(self(a[0]), subArg(a[1]), 0);
            if (i < 0) {
                throw Errors.valueError("subsection not found");
            }
            return (long) i;
        });
        Install.method(cls, "count(self, sub, /)", a -> {
            byte[] b = self(a[0]);
            byte[] sub = subArg(a[1]);
            long n = 0;
            int i = 0;
            while ((i = indexOf(b, sub, i)) >= 0) {
                n++;
                i += Math.max(1, sub.length);
                if (sub.length == 0 && i > b.length) {
                    break;
                }
            }
            return n;
        });
        Install.method(cls, "split(self, sep=None, maxsplit=-1)", a -> {
            byte[] b = self(a[0]);
            PList out = new PList();
            long max = Sequences.asIndex(a[2], "width");
            if (a[1] == org.minipy.runtime.PNone.NONE) {
                int i = 0;
                while (true) {
                    while (i < b.length && Character.isWhitespace(b[i])) {
                        i++;
                    }
                    if (i >= b.length) {
                        break;
                    }
                    int j = i;
                    if (max >= 0 && out.size() >= max) {
                        j = b.length;
                        while (j > i && Character.isWhitespace(b[j - 1])) {
                            j--;
                        }
                    } else {
                        while (j < b.length && !Character.isWhitespace(b[j])) {
                            j++;
                        }
                    }
                    out.append(new PBytes(java.util.Arrays.copyOfRange(b, i, j)));
                    i = j;
                }
                return out;
            }
            byte[] sep = bytesArg(a[1]);
            if (sep.length == 0) {
                throw Errors.valueError("empty separator");
            }
            int start = 0;
            int i;
            while ((max < 0 || out.size() < max) && (i = indexOf(b, sep, start)) >= 0) {
                out.append(new PBytes(java.util.Arrays.copyOfRange(b, start, i)));
                start = i + sep.length;
            }
            out.append(new PBytes(java.util.Arrays.copyOfRange(b, start, b.length)));
            return out;
        });
        Install.method(cls, "strip(self, bytes=None, /)", a -> {
            byte[] b = self(a[0]);
            byte[] chars = a[1] == org.minipy.runtime.PNone.NONE ? null : bytesArg(a[1]);
            int i = 0;
            int j = b.length;
            while (i < j && stripped(b[i], chars)) {
                i++;
            }
            while (j > i && stripped(b[j - 1], chars)) {
                j--;
            }
            return new PBytes(java.util.Arrays.copyOfRange(b, i, j));
        });
        Install.method(cls, "upper(self)", a -> new PBytes(new String(self(a[0]), java.nio.charset.StandardCharsets.ISO_8859_1).toUpperCase(java.util.Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        Install.method(cls, "lower(self)", a -> new PBytes(new String(self(a[0]), java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        Install.method(cls, "replace(self, old, new, count=-1, /)", a -> {
            byte[] b = self(a[0]);
            byte[] old = bytesArg(a[1]);
            byte[] rep = bytesArg(a[2]);
            long count = Sequences.asIndex(a[3], "width");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int start = 0;
            int i;
            long done = 0;
            while ((count < 0 || done < count) && old.length > 0 && (i = indexOf(b, old, start)) >= 0) {
                out.write(b, start, i - start);
                out.writeBytes(rep);
                start = i + old.length;
                done++;
            }
            out.write(b, start, b.length - start);
            return new PBytes(out.toByteArray());
        });
        for (Compare op : new Compare[]{Compare.EQ, Compare.NE, Compare.LT, Compare.LE, Compare.GT, Compare.GE}) {
            Install.method(cls, op.dunder + "(self, value, /)",
                            a -> a[1] instanceof PBytes ? Comparisons.builtinCompare(a[0], a[1], op) : PSingleton.NOT_IMPLEMENTED);
        }
        Install.method(cls, "__hash__(self)", a -> org.minipy.runtime.Hashing.hashBytes(self(a[0])));
        Install.method(cls, "__repr__(self)", a -> Repr.builtinRepr(a[0]));
    }

    private static boolean stripped(byte b, byte[] chars) {
        if (chars == null) {
            return b == ' ' || (b >= 9 && b <= 13);
        }
        for (byte c : chars) {
            if (c == b) {
                return true;
            }
        }
        return false;
    }

    private static byte[] subArg(Object o) {
        if (o instanceof Long v) {
            return new byte[]{(byte) (long) v};
        }
        return bytesArg(o);
    }

    private static Object startsWith(byte[] b, Object arg, boolean start) {
        if (arg instanceof PTuple t) {
            for (Object o : t.getItems()) {
                if ((Boolean) startsWith(b, o, start)) {
                    return true;
                }
            }
            return false;
        }
        byte[] p = bytesArg(arg);
        if (p.length > b.length) {
            return false;
        }
        int off = start ? 0 : b.length - p.length;
        for (int i = 0; i < p.length; i++) {
            if (b[off + i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] b, byte[] sub, int from) {
        outer: for (int i = from; i <= b.length - sub.length; i++) {
            for (int j = 0; j < sub.length; j++) {
                if (b[i + j] != sub[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** {@code bytes.fromhex}: pairs of hex digits, ASCII whitespace allowed between pairs; errors name the position. */
    private static byte[] fromHex(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() / 2);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            int lo = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (hi < 0 || c > 0x7f) {
                throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position %d", i);
            }
            if (lo < 0 || s.charAt(i + 1) > 0x7f) {
                throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position %d", i + 1);
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }
}
