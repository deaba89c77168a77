package org.minipy.builtins;

import java.math.BigInteger;
import java.util.Locale;

import org.minipy.ast.Operator.Binary;
import org.minipy.ast.Operator.Compare;
import org.minipy.runtime.Arith;
import org.minipy.runtime.BuiltinBody;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Comparisons;
import org.minipy.runtime.Descriptors;
import org.minipy.runtime.Errors;
import org.minipy.runtime.Formatter;
import org.minipy.runtime.Hashing;
import org.minipy.runtime.IntOps;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PException;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PSingleton;
import org.minipy.runtime.PSubclassValue;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PercentFormat;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Repr;
import org.minipy.runtime.Sequences;
import org.minipy.runtime.StringIndexing;
import org.minipy.runtime.StringRepr;
import org.minipy.runtime.TypeOf;

/**
 * The methods of {@code str}: the constructor, searching and splitting, case mapping and classification, padding,
 * encoding, {@code format}, {@code maketrans}/{@code translate}, and the dunder methods (which delegate to the runtime
 * helpers that the operators use, so {@code str.__add__(a, b)} and {@code super().__eq__(x)} work).
 *
 * <p>Strings are indexed by UTF-16 unit, as everywhere in MiniPy; case mapping and classification work per code point
 * with Java's Unicode tables, which agree with CPython's for practically all text.
 */
final class StrMethods {
    private StrMethods() {
    }

    static void install() {
        Install.constructor(BuiltinTypes.STR,"__new__(cls, *args, **kwargs)", a -> {
            Object[] p = constructorArgs("str", (PTuple) a[1], (PDict) a[2], 0, "object", "encoding", "errors");
            return PSubclassValue.of((PythonClass) a[0], BuiltinTypes.STR, construct(p[0], p[1], p[2]));
        });

        // Splitting and joining.
        Install.method(BuiltinTypes.STR,"split(self, sep=None, maxsplit=-1)", a -> split(self(a), a[1], maxsplit(a[2]), false));
        Install.method(BuiltinTypes.STR,"rsplit(self, sep=None, maxsplit=-1)", a -> split(self(a), a[1], maxsplit(a[2]), true));
        Install.method(BuiltinTypes.STR,"splitlines(self, keepends=False)", a -> splitlines(self(a), Sequences.asIndex(a[1], "flag") != 0));
        Install.method(BuiltinTypes.STR,"join(self, iterable, /)", a -> join(self(a), a[1]));
        Install.method(BuiltinTypes.STR,"partition(self, sep, /)", a -> partition(self(a), arg(a[1]), false));
        Install.method(BuiltinTypes.STR,"rpartition(self, sep, /)", a -> partition(self(a), arg(a[1]), true));

        // Stripping and replacing.
        Install.method(BuiltinTypes.STR,"strip(self, chars=None, /)", a -> strip(self(a), a[1], true, true, "strip"));
        Install.method(BuiltinTypes.STR,"lstrip(self, chars=None, /)", a -> strip(self(a), a[1], true, false, "lstrip"));
        Install.method(BuiltinTypes.STR,"rstrip(self, chars=None, /)", a -> strip(self(a), a[1], false, true, "rstrip"));
        Install.method(BuiltinTypes.STR,"replace(self, old, new, count=-1, /)", a -> replace(self(a), namedArg(a[1], "replace() argument 1"), namedArg(a[2], "replace() argument 2"),
                        IntOps.toBig(index(a[3]))));
        Install.method(BuiltinTypes.STR,"removeprefix(self, prefix, /)", a -> {
            String prefix = namedArg(a[1], "removeprefix() argument");
            return self(a).startsWith(prefix) ? self(a).substring(prefix.length()) : self(a);
        });
        Install.method(BuiltinTypes.STR,"removesuffix(self, suffix, /)", a -> {
            String s = self(a);
            String suffix = namedArg(a[1], "removesuffix() argument");
            return !suffix.isEmpty() && s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
        });
        Install.method(BuiltinTypes.STR,"expandtabs(self, tabsize=8)", a -> expandtabs(self(a), Sequences.asIndex(a[1], "tabsize")));

        // Searching.
        Install.method(BuiltinTypes.STR,"find(self, sub, start=None, end=None, /)", a -> (long) find(self(a), arg(bounds(a)[1]), a[2], a[3], false));
        Install.method(BuiltinTypes.STR,"rfind(self, sub, start=None, end=None, /)", a -> (long) find(self(a), arg(bounds(a)[1]), a[2], a[3], true));
        Install.method(BuiltinTypes.STR,"index(self, sub, start=None, end=None, /)", a -> mustFind(find(self(a), arg(bounds(a)[1]), a[2], a[3], false)));
        Install.method(BuiltinTypes.STR,"rindex(self, sub, start=None, end=None, /)", a -> mustFind(find(self(a), arg(bounds(a)[1]), a[2], a[3], true)));
        Install.method(BuiltinTypes.STR,"count(self, sub, start=None, end=None, /)", a -> count(self(a), arg(bounds(a)[1]), a[2], a[3]));
        Install.method(BuiltinTypes.STR,"startswith(self, prefix, start=None, end=None, /)", a -> affix(self(a), bounds(a)[1], a[2], a[3], false, "startswith"));
        Install.method(BuiltinTypes.STR,"endswith(self, suffix, start=None, end=None, /)", a -> affix(self(a), bounds(a)[1], a[2], a[3], true, "endswith"));

        // Case.
        for (String name : new String[]{"find", "rfind", "index", "rindex", "count", "startswith", "endswith"}) {
            ((PBuiltinFunction) BuiltinTypes.STR.getOwnAttribute(name)).setArgumentTupleStyle();
        }
        Install.method(BuiltinTypes.STR,"upper(self)", a -> upper(self(a)));
        Install.method(BuiltinTypes.STR,"lower(self)", a -> lower(self(a)));
        Install.method(BuiltinTypes.STR,"casefold(self)", a -> StrCharacters.casefold(self(a)));
        Install.method(BuiltinTypes.STR,"capitalize(self)", a -> StrCharacters.capitalize(self(a)));
        Install.method(BuiltinTypes.STR,"title(self)", a -> StrCharacters.title(self(a)));
        Install.method(BuiltinTypes.STR,"swapcase(self)", a -> StrCharacters.swapcase(self(a)));

        // Padding.
        Install.method(BuiltinTypes.STR,"center(self, width, fillchar=' ', /)", a -> pad(self(a), a[1], a[2], '^'));
        Install.method(BuiltinTypes.STR,"ljust(self, width, fillchar=' ', /)", a -> pad(self(a), a[1], a[2], '<'));
        Install.method(BuiltinTypes.STR,"rjust(self, width, fillchar=' ', /)", a -> pad(self(a), a[1], a[2], '>'));
        Install.method(BuiltinTypes.STR,"zfill(self, width, /)", a -> zfill(self(a), Sequences.asIndex(a[1], "width")));

        // Classification.
        Install.method(BuiltinTypes.STR,"isdigit(self)", a -> StrCharacters.all(self(a), StrCharacters::isDigit));
        Install.method(BuiltinTypes.STR,"isdecimal(self)", a -> StrCharacters.all(self(a), StrCharacters::isDecimal));
        Install.method(BuiltinTypes.STR,"isnumeric(self)", a -> StrCharacters.all(self(a), StrCharacters::isNumeric));
        Install.method(BuiltinTypes.STR,"isalpha(self)", a -> StrCharacters.all(self(a), Character::isLetter));
        Install.method(BuiltinTypes.STR,"isalnum(self)", a -> StrCharacters.all(self(a), cp -> Character.isLetter(cp) || StrCharacters.isNumeric(cp)));
        Install.method(BuiltinTypes.STR,"isspace(self)", a -> StrCharacters.all(self(a), StrMethods::isSpace));
        Install.method(BuiltinTypes.STR,"isascii(self)", a -> self(a).chars().allMatch(c -> c < 128));
        Install.method(BuiltinTypes.STR,"isprintable(self)", a -> self(a).codePoints().allMatch(StringRepr::isPrintable));
        Install.method(BuiltinTypes.STR,"isupper(self)", a -> StrCharacters.cased(self(a), true));
        Install.method(BuiltinTypes.STR,"islower(self)", a -> StrCharacters.cased(self(a), false));
        Install.method(BuiltinTypes.STR,"istitle(self)", a -> StrCharacters.istitle(self(a)));
        Install.method(BuiltinTypes.STR,"isidentifier(self)", a -> StrCharacters.isIdentifier(self(a)));

        // Encoding and formatting.
        Install.method(BuiltinTypes.STR,"encode(self, encoding='utf-8', errors='strict')", a -> StrCodecs.encode(self(a), namedArg(a[1], "encode() argument 'encoding'"),
                        namedArg(a[2], "encode() argument 'errors'")));
        Install.method(BuiltinTypes.STR,"format(self, *args, **kwargs)", a -> Formatter.formatString(self(a), ((PTuple) a[1]).getItems(), (PDict) a[2]));
        Install.method(BuiltinTypes.STR,"format_map(self, mapping, /)", a -> Formatter.formatMap(self(a), a[1]));
        Install.method(BuiltinTypes.STR,"__format__(self, format_spec, /)", a -> Formatter.formatStr(self(a), Formatter.checkSpec(a[1])));
        PBuiltinFunction maketrans = fn("maketrans(x, y=?, z=?, /)", a -> maketrans(a[0], a[1], a[2]));
        BuiltinTypes.STR.define("maketrans", new Descriptors.PStaticMethod(maketrans));
        Install.method(BuiltinTypes.STR,"translate(self, table, /)", a -> translate(self(a), a[1]));

        // The data model.
        Install.method(BuiltinTypes.STR,"__len__(self)", a -> (long) StringIndexing.length(self(a)));
        Install.method(BuiltinTypes.STR,"__getitem__(self, key, /)", a -> StringIndexing.getItem(self(a), a[1]));
        Install.method(BuiltinTypes.STR,"__contains__(self, key, /)", a -> {
            if (!(PSubclassValue.unwrap(a[1]) instanceof String sub)) {
                throw Errors.typeError("'in <string>' requires string as left operand, not %s", TypeOf.nameOf(a[1]));
            }
            return self(a).contains(sub);
        });
        Install.method(BuiltinTypes.STR,"__iter__(self)", a -> Iteration.getIter(self(a)));
        Install.method(BuiltinTypes.STR,"__add__(self, value, /)", a -> {
            if (!(PSubclassValue.unwrap(a[1]) instanceof String s)) {
                throw Errors.typeError("can only concatenate str (not \"%s\") to str", TypeOf.nameOf(a[1]));
            }
            return self(a).concat(s);
        });
        Install.method(BuiltinTypes.STR,"__mul__(self, value, /)", a -> Arith.builtinBinary(Binary.MUL, self(a), a[1]));
        Install.method(BuiltinTypes.STR,"__rmul__(self, value, /)", a -> Arith.builtinBinary(Binary.MUL, self(a), a[1]));
        Install.method(BuiltinTypes.STR,"__mod__(self, value, /)", a -> PercentFormat.format(self(a), a[1]));
        Install.method(BuiltinTypes.STR,"__rmod__(self, value, /)", a -> PSingleton.NOT_IMPLEMENTED);
        for (Compare op : new Compare[]{Compare.EQ, Compare.NE, Compare.LT, Compare.LE, Compare.GT, Compare.GE}) {
            Install.method(BuiltinTypes.STR,op.dunder + "(self, value, /)", a -> a[1] instanceof String ? Comparisons.builtinCompare(self(a), a[1], op) : PSingleton.NOT_IMPLEMENTED);
        }
        Install.method(BuiltinTypes.STR,"__hash__(self)", a -> Hashing.hash(self(a)));
        Install.method(BuiltinTypes.STR,"__str__(self)", a -> self(a));
        Install.method(BuiltinTypes.STR,"__repr__(self)", a -> StringRepr.repr(self(a)));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Installation helpers.

    private static PBuiltinFunction fn(String spec, BuiltinBody body) {
        PBuiltinFunction f = PBuiltinFunction.create(spec, body);
        f.setQualifiedName("str." + f.getName());
        return f;
    }

    /** The receiver; {@code str.upper(5)} is a TypeError. */
    private static String self(Object[] a) {
        if (PSubclassValue.unwrap(a[0]) instanceof String s) {
            return s;
        }
        throw new ClassCastException(); // PBuiltinFunction words the error, with the method's name
    }

    /** A str argument: {@code TypeError: must be str, not int}. */
    private static String arg(Object o) {
        if (PSubclassValue.unwrap(o) instanceof String s) {
            return s;
        }
        throw Errors.typeError("must be str, not %s", TypeOf.nameOf(o));
    }

    /** A str argument checked the Argument Clinic way: {@code replace() argument 1 must be str, not None}. */
    private static String namedArg(Object o, String what) {
        return Errors.strArgument(o, what);
    }

    private static Object index(Object o) {
        if (IntOps.isInt(o)) {
            return o instanceof Boolean b ? (Object) (b ? 1L : 0L) : o;
        }
        return Sequences.asIndex(o, "int");
    }

    private static long maxsplit(Object o) {
        Object v = index(o);
        if (v instanceof BigInteger big) {
            return big.signum() < 0 ? -1 : Long.MAX_VALUE;
        }
        return (Long) v;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Construction and encoding.

    /**
     * Binds a builtin constructor's arguments with CPython's messages ({@code str() takes at most 3 arguments (4
     * given)}); the first {@code positionalOnly} names cannot be passed by keyword. Absent ones are MISSING.
     */
    static Object[] constructorArgs(String type, PTuple args, PDict kwargs, int positionalOnly, String... names) {
        int total = args.size() + kwargs.size();
        if (total > names.length) {
            throw Errors.typeError("%s() takes at most %d argument%s (%d given)", type, names.length, names.length == 1 ? "" : "s", total);
        }
        Object[] out = new Object[names.length];
        java.util.Arrays.fill(out, PBuiltinFunction.MISSING);
        System.arraycopy(args.getItems(), 0, out, 0, args.size());
        for (PDict.Entry e : kwargs.entriesSnapshot()) {
            int k = java.util.Arrays.asList(names).indexOf(e.key);
            if (k < positionalOnly) {
                throw Errors.typeError("'%s' is an invalid keyword argument for %s()", e.key, type);
            }
            if (k < args.size()) {
                throw Errors.typeError("argument for %s() given by name ('%s') and position (%d)", type, e.key, k + 1);
            }
            out[k] = e.value;
        }
        return out;
    }

    private static Object construct(Object object, Object encoding, Object errors) {
        if (object == PBuiltinFunction.MISSING) {
            return "";
        }
        if (encoding == PBuiltinFunction.MISSING && errors == PBuiltinFunction.MISSING) {
            return Repr.str(object);
        }
        String enc = encoding == PBuiltinFunction.MISSING ? "utf-8" : namedArg(encoding, "str() argument 'encoding'");
        String err = errors == PBuiltinFunction.MISSING ? "strict" : namedArg(errors, "str() argument 'errors'");
        if (object instanceof String) {
            throw Errors.typeError("decoding str is not supported");
        }
        if (!(object instanceof PBytes bytes)) {
            throw Errors.typeError("decoding to str: need a bytes-like object, %s found", TypeOf.nameOf(object));
        }
        return StrCodecs.decode(bytes.getBytes(), enc, err);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Splitting.

    /** Python's whitespace: what {@code str.split()} and {@code str.strip()} remove. */
    static boolean isSpace(int c) {
        if (c > ' ' && c < 0x85) {
            return false; // printable ASCII: decided without the table below
        }
        switch (c) {
            case ' ': case '\t': case '\n': case 0x0b: case 0x0c: case '\r':
            case 0x1c: case 0x1d: case 0x1e: case 0x1f: case 0x85: case 0xa0:
            case 0x1680: case 0x2028: case 0x2029: case 0x202f: case 0x205f: case 0x3000:
                return true;
            default:
                return c >= 0x2000 && c <= 0x200a;
        }
    }

    private static boolean isLineBreak(char c) {
        if (c >= ' ' && c < 0x85) {
            return false; // printable ASCII: decided without the table below
        }
        switch (c) {
            case '\n': case '\r': case 0x0b: case 0x0c: case 0x1c: case 0x1d: case 0x1e: case 0x85: case 0x2028: case 0x2029:
                return true;
            default:
                return false;
        }
    }

    /** {@code s.split()}, in one pass; most lines have a handful of words, which fit the first array. */
    private static PList splitWhitespace(String s) {
        int n = s.length();
        Object[] words = new Object[16];
        int count = 0;
        int i = 0;
        while (true) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int start = i;
            while (i < n && !isSpace(s.charAt(i))) {
                i++;
            }
            if (count == words.length) {
                words = java.util.Arrays.copyOf(words, count * 2);
            }
            words[count++] = s.substring(start, i);
        }
        return new PList(BuiltinTypes.LIST, words, count);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    static PList split(String s, Object sepArg, long maxsplit, boolean fromRight) {
        if (sepArg == PNone.NONE && maxsplit < 0) {
            return splitWhitespace(s);
        }
        long max = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        PList out = new PList();
        int n = s.length();
        if (sepArg == PNone.NONE) {
            if (!fromRight) {
                int i = 0;
                while (max-- > 0) {
                    while (i < n && isSpace(s.charAt(i))) {
                        i++;
                    }
                    if (i == n) {
                        break;
                    }
                    int j = i;
                    while (i < n && !isSpace(s.charAt(i))) {
                        i++;
                    }
                    out.append(s.substring(j, i));
                }
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                if (i < n) {
                    out.append(s.substring(i));
                }
            } else {
                int i = n;
                while (max-- > 0) {
                    while (i > 0 && isSpace(s.charAt(i - 1))) {
                        i--;
                    }
                    if (i == 0) {
                        break;
                    }
                    int j = i;
                    while (i > 0 && !isSpace(s.charAt(i - 1))) {
                        i--;
                    }
                    out.append(s.substring(i, j));
                }
                while (i > 0 && isSpace(s.charAt(i - 1))) {
                    i--;
                }
                if (i > 0) {
                    out.append(s.substring(0, i));
                }
                reverse(out);
            }
            return out;
        }
        if (!(PSubclassValue.unwrap(sepArg) instanceof String sep)) {
            throw Errors.typeError("must be str or None, not %s", TypeOf.nameOf(sepArg));
        }
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        if (!fromRight) {
            int i = 0;
            while (max-- > 0) {
                int pos = s.indexOf(sep, i);
                if (pos < 0) {
                    break;
                }
                out.append(s.substring(i, pos));
                i = pos + sep.length();
            }
            out.append(s.substring(i));
        } else {
            int j = n;
            while (max-- > 0) {
                int pos = j - sep.length() < 0 ? -1 : s.lastIndexOf(sep, j - sep.length());
                if (pos < 0) {
                    break;
                }
                out.append(s.substring(pos + sep.length(), j));
                j = pos;
            }
            out.append(s.substring(0, j));
            reverse(out);
        }
        return out;
    }

    private static void reverse(PList list) {
        for (int i = 0, j = list.size() - 1; i < j; i++, j--) {
            Object t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    private static PList splitlines(String s, boolean keepends) {
        PList out = new PList();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (i < n && !isLineBreak(s.charAt(i))) {
                i++;
            }
            int eol = i;
            if (i < n) {
                i += (s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') ? 2 : 1;
                if (keepends) {
                    eol = i;
                }
            }
            out.append(s.substring(j, eol));
        }
        return out;
    }

    static String join(String sep, Object iterable) {
        Object it;
        try {
            it = Iteration.getIter(iterable);
        } catch (PException e) {
            if (e.matches(BuiltinTypes.TYPE_ERROR)) {
                throw Errors.typeError("can only join an iterable");
            }
            throw e;
        }
        Object[] items = Iteration.toArray(it);
        if (items.length == 1 && items[0] instanceof String only) {
            return only;
        }
        // Sized up front: growing the builder would copy a long result several times.
        long length = (long) sep.length() * Math.max(0, items.length - 1);
        for (int i = 0; i < items.length; i++) {
            if (!(PSubclassValue.unwrap(items[i]) instanceof String item)) {
                throw Errors.typeError("sequence item %d: expected str instance, %s found", i, TypeOf.nameOf(items[i]));
            }
            length += item.length();
        }
        StringBuilder sb = new StringBuilder((int) Math.min(length, Integer.MAX_VALUE - 8));
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append((String) PSubclassValue.unwrap(items[i]));
        }
        return sb.toString();
    }

    private static PTuple partition(String s, String sep, boolean fromRight) {
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        int pos = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (pos < 0) {
            return fromRight ? new PTuple(new Object[]{"", "", s}) : new PTuple(new Object[]{s, "", ""});
        }
        return new PTuple(new Object[]{s.substring(0, pos), sep, s.substring(pos + sep.length())});
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Stripping, replacing, tabs.

    static String strip(String s, Object charsArg, boolean left, boolean right, String name) {
        String chars = null;
        if (charsArg != PNone.NONE) {
            if (!(PSubclassValue.unwrap(charsArg) instanceof String c)) {
                throw Errors.typeError("%s arg must be None or str", name);
            }
            chars = c;
        }
        int i = 0;
        int j = s.length();
        if (left) {
            while (i < j && (chars == null ? isSpace(s.charAt(i)) : chars.indexOf(s.charAt(i)) >= 0)) {
                i++;
            }
        }
        if (right) {
            while (j > i && (chars == null ? isSpace(s.charAt(j - 1)) : chars.indexOf(s.charAt(j - 1)) >= 0)) {
                j--;
            }
        }
        return s.substring(i, j);
    }

    private static String replace(String s, String old, String replacement, BigInteger countArg) {
        long count = countArg.signum() < 0 ? Long.MAX_VALUE : countArg.bitLength() > 62 ? Long.MAX_VALUE : countArg.longValue();
        if (count == 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        if (old.isEmpty()) {
            int i = 0;
            for (; i <= s.length() && count > 0; i++, count--) {
                sb.append(replacement);
                if (i < s.length()) {
                    sb.append(s.charAt(i));
                }
            }
            if (i < s.length()) {
                sb.append(s, i, s.length());
            }
            return sb.toString();
        }
        int i = 0;
        while (count > 0) {
            int pos = s.indexOf(old, i);
            if (pos < 0) {
                break;
            }
            sb.append(s, i, pos).append(replacement);
            i = pos + old.length();
            count--;
        }
        return sb.append(s, i, s.length()).toString();
    }

    private static String expandtabs(String s, long tabsize) {
        StringBuilder sb = new StringBuilder();
        long col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    long incr = tabsize - (col % tabsize);
                    col += incr;
                    for (long k = 0; k < incr; k++) {
                        sb.append(' ');
                    }
                }
            } else {
                sb.append(c);
                if (!Character.isLowSurrogate(c)) {
                    col++; // a surrogate pair is one column
                }
                if (c == '\n' || c == '\r') {
                    col = 0;
                }
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Searching. Optional start/end follow slice rules: negative counts from the end, then clamped.

    private static int adjust(Object index, int length, int dflt) {
        if (index == PNone.NONE || index == PBuiltinFunction.MISSING) {
            return dflt;
        }
        long i;
        if (index instanceof BigInteger big) {
            i = big.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        } else if (IntOps.isInt(index) || org.minipy.runtime.Attributes.lookupUserSpecial(TypeOf.classOf(index), "__index__") != null) {
            i = Sequences.asIndex(index, "slice");
        } else {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        if (i < 0) {
            i = Math.max(0, i + length);
        }
        return (int) Math.min(i, Integer.MAX_VALUE);
    }

    /**
     * The search window {@code [start, end)} as UTF-16 offsets into {@code s}, from start/end arguments that count code
     * points (slice rules); start may lie past end. Without astral characters the two counts agree (and Java answers
     * codePointCount in O(1) for Latin-1 strings), so only text with emoji and the like pays for the conversion.
     */
    private static int[] window(String s, Object startArg, Object endArg) {
        int n = StringIndexing.length(s);
        int start = adjust(startArg, n, 0);
        int end = Math.min(adjust(endArg, n, n), n);
        if (n == s.length()) {
            return new int[]{start, end};
        }
        if (start > end) {
            return new int[]{s.length() + 1, s.length()}; // empty: nothing fits, not even ""
        }
        int unitStart = s.offsetByCodePoints(0, start);
        return new int[]{unitStart, s.offsetByCodePoints(unitStart, end - start)};
    }

    /** A UTF-16 offset into {@code s} as Python's index (code points before it). */
    private static int codePointIndex(String s, int unitOffset) {
        if (StringIndexing.length(s) == s.length()) {
            return unitOffset;
        }
        return s.codePointCount(0, unitOffset);
    }

    private static int find(String s, String sub, Object startArg, Object endArg, boolean fromRight) {
        int[] w = window(s, startArg, endArg);
        int start = w[0];
        int end = w[1];
        if (end - start < sub.length()) {
            return -1;
        }
        if (sub.isEmpty()) {
            return codePointIndex(s, fromRight ? end : start);
        }
        if (fromRight) {
            int pos = s.lastIndexOf(sub, end - sub.length());
            return pos >= start ? codePointIndex(s, pos) : -1;
        }
        int pos = s.indexOf(sub, start, end); // bounded: s.find(x, i, j) must not scan the rest of a long s
        return pos >= 0 ? codePointIndex(s, pos) : -1;
    }

    /**
     * The start and end of find/count/startswith... are parsed before the substring is looked at, as in CPython, so a
     * bad bound is the error even when the substring is bad too; returns {@code a}.
     */
    static Object[] bounds(Object[] a) {
        for (int i = 2; i <= 3; i++) {
            if (a[i] != PNone.NONE && !ListMethods.isIndexable(a[i])) {
                throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
            }
        }
        return a;
    }

    private static long mustFind(int pos) {
        if (pos < 0) {
            throw Errors.valueError("substring not found");
        }
        return pos;
    }

    private static long count(String s, String sub, Object startArg, Object endArg) {
        int[] w = window(s, startArg, endArg);
        int start = w[0];
        int end = w[1];
        if (end - start < sub.length()) {
            return 0;
        }
        if (sub.isEmpty()) {
            return s.codePointCount(start, end) + 1;
        }
        long count = 0;
        int i = start;
        while (true) {
            int pos = s.indexOf(sub, i, end);
            if (pos < 0) {
                return count;
            }
            count++;
            i = pos + sub.length();
        }
    }

    private static boolean affix(String s, Object affix, Object startArg, Object endArg, boolean atEnd, String name) {
        if (affix instanceof PTuple t) {
            for (Object o : t.getItems()) {
                if (!(PSubclassValue.unwrap(o) instanceof String a)) {
                    throw Errors.typeError("tuple for %s must only contain str, not %s", name, TypeOf.nameOf(o));
                }
                if (matches(s, a, startArg, endArg, atEnd)) {
                    return true;
                }
            }
            return false;
        }
        if (!(PSubclassValue.unwrap(affix) instanceof String a)) {
            throw Errors.typeError("%s first arg must be str or a tuple of str, not %s", name, TypeOf.nameOf(affix));
        }
        return matches(s, a, startArg, endArg, atEnd);
    }

    private static boolean matches(String s, String a, Object startArg, Object endArg, boolean atEnd) {
        int[] w = window(s, startArg, endArg);
        int start = w[0];
        int end = w[1];
        if (end - a.length() < start) {
            return false;
        }
        return s.startsWith(a, atEnd ? end - a.length() : start);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Padding.

    private static String pad(String s, Object widthArg, Object fillArg, char align) {
        long width = Sequences.asIndex(widthArg, "width");
        if (!(PSubclassValue.unwrap(fillArg) instanceof String fill)) {
            throw Errors.typeError("The fill character must be a unicode character, not %s", TypeOf.nameOf(fillArg));
        }
        if (fill.codePointCount(0, fill.length()) != 1) {
            throw Errors.typeError("The fill character must be exactly one character long");
        }
        int len = s.codePointCount(0, s.length());
        if (width <= len) {
            return s;
        }
        long marg = width - len;
        long left = align == '<' ? 0 : align == '>' ? marg : marg / 2 + (marg & width & 1);
        return fill.repeat((int) left) + s + fill.repeat((int) (marg - left));
    }

    private static String zfill(String s, long width) {
        int len = s.codePointCount(0, s.length());
        if (width <= len) {
            return s;
        }
        int fill = (int) (width - len);
        StringBuilder sb = new StringBuilder("0".repeat(fill)).append(s);
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            sb.setCharAt(0, s.charAt(0));
            sb.setCharAt(fill, '0');
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // maketrans / translate.

    private static PDict maketrans(Object x, Object y, Object z) {
        PDict table = new PDict();
        if (y == PBuiltinFunction.MISSING) {
            if (!(x instanceof PDict d)) {
                throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (PDict.Entry e : d.entriesSnapshot()) {
                if (e.key instanceof String k) {
                    if (k.isEmpty() || k.length() != Character.charCount(k.codePointAt(0))) {
                        throw Errors.valueError("string keys in translate table must be of length 1");
                    }
                    table.put((long) k.codePointAt(0), e.value);
                } else if (IntOps.isInt(e.key)) {
                    table.put(e.key, e.value);
                } else {
                    throw Errors.typeError("keys in translate table must be strings or integers");
                }
            }
            return table;
        }
        // the parser checks y and z before the body looks at x
        String to = namedArg(y, "maketrans() argument 2");
        if (z != PBuiltinFunction.MISSING) {
            namedArg(z, "maketrans() argument 3");
        }
        if (!(PSubclassValue.unwrap(x) instanceof String from)) {
            throw Errors.typeError("first maketrans argument must be a string if there is a second argument");
        }
        // Code points, not UTF-16 units: an emoji is one character here as in Python.
        int[] fromCps = from.codePoints().toArray();
        int[] toCps = to.codePoints().toArray();
        if (fromCps.length != toCps.length) {
            throw Errors.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < fromCps.length; i++) {
            table.put((long) fromCps[i], (long) toCps[i]);
        }
        if (z != PBuiltinFunction.MISSING) {
            if (!(PSubclassValue.unwrap(z) instanceof String del)) {
                throw Errors.badArgument("maketrans() argument 3", "str", z);
            }
            del.codePoints().forEach(cp -> table.put((long) cp, PNone.NONE));
        }
        return table;
    }

    private static String translate(String s, Object table) {
        StringBuilder sb = new StringBuilder(s.length());
        // A plain dict is looked up once per distinct Latin-1 character (an int key's lookup has no side effects), not
        // once per character: DNA-style translations of long strings use a handful of characters.
        PDict dict = table instanceof PDict d && d.isExact() ? d : null;
        String[] replacements = dict != null ? new String[256] : null;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (replacements != null && cp < 256) {
                String r = replacements[cp];
                if (r == null) {
                    Object mapped = dict.get((long) cp);
                    r = mapped == null ? String.valueOf((char) cp) : replacement(mapped);
                    replacements[cp] = r;
                }
                if (r.length() == 1) {
                    sb.append(r.charAt(0));
                } else {
                    sb.append(r);
                }
                continue;
            }
            Object mapped;
            try {
                mapped = Sequences.getItem(table, (long) cp);
            } catch (PException e) {
                if (e.matches(BuiltinTypes.LOOKUP_ERROR)) {
                    sb.appendCodePoint(cp);
                    continue;
                }
                throw e;
            }
            sb.append(replacement(mapped));
        }
        return sb.toString();
    }

    /** The text a translate table's value stands for: None deletes the character. */
    private static String replacement(Object mapped) {
        if (mapped == PNone.NONE) {
            return "";
        } else if (PSubclassValue.unwrap(mapped) instanceof String r) {
            return r;
        } else if (IntOps.isInt(mapped)) {
            BigInteger v = IntOps.toBig(mapped);
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                throw Errors.valueError("character mapping must be in range(0x110000)");
            }
            return Character.toString(v.intValue());
        } else {
            throw Errors.typeError("character mapping must return integer, None or str");
        }
    }
}
