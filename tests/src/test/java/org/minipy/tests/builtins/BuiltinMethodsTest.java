package org.minipy.tests.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.minipy.ast.Operator.Binary;
import org.minipy.ast.Operator.Compare;
import org.minipy.builtins.Bootstrap;
import org.minipy.runtime.Arith;
import org.minipy.runtime.Attributes;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Comparisons;
import org.minipy.runtime.Hashing;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PException;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PSet;
import org.minipy.runtime.PSlice;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Repr;
import org.minipy.runtime.Sequences;
import org.minipy.runtime.TypeOf;

/**
 * Calls the builtin methods of list, tuple, dict, set, range, slice, bytes, exceptions, object and type directly (as
 * Java, without the compiler) and compares with builtin_methods.txt, which {@code tests/src/test/python/
 * gen_builtin_methods.py} wrote from CPython 3.11 evaluating the same calls.
 */
class BuiltinMethodsTest {
    @BeforeAll
    static void setUp() {
        Bootstrap.setUpClasses();
    }

    private static final Map<String, Supplier<Object>> CASES = new LinkedHashMap<>();

    private static Object[] items(Object... xs) {
        Object[] out = new Object[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = xs[i] instanceof Integer n ? (Object) (long) n : xs[i];
        }
        return out;
    }

    private static PList l(Object... xs) {
        return new PList(items(xs));
    }

    private static PTuple t(Object... xs) {
        return new PTuple(items(xs));
    }

    private static PDict d(Object... kv) {
        Object[] xs = items(kv);
        PDict r = new PDict();
        for (int i = 0; i < xs.length; i += 2) {
            r.put(xs[i], xs[i + 1]);
        }
        return r;
    }

    private static PSet s(Object... xs) {
        return PSet.create(BuiltinTypes.SET, l(xs));
    }

    private static PBytes b(String latin1) {
        return new PBytes(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** {@code obj.name(args)} through attribute lookup, as a program would call it. */
    private static Object m(Object obj, String name, Object... args) {
        return Calls.call(Attributes.getAttribute(obj, name), items(args));
    }

    private static Object call(Object callable, Object... args) {
        return Calls.call(callable, items(args));
    }

    private static Object attr(Object obj, String name) {
        return Attributes.getAttribute(obj, name);
    }

    private static PBuiltinFunction fn(String spec, org.minipy.runtime.BuiltinBody body) {
        return PBuiltinFunction.create(spec, body);
    }

    private static void c(String id, Supplier<Object> body) {
        CASES.put(id, body);
    }

    static {
        c("list_new", () -> call(BuiltinTypes.LIST, t(1, 2, 3)));
        c("list_new_2args", () -> call(BuiltinTypes.LIST, 1, 2));
        c("list_append", () -> {
            PList x = l(1, 2);
            m(x, "append", 4);
            return x;
        });
        c("list_extend", () -> {
            PList x = l(9);
            m(x, "extend", call(BuiltinTypes.RANGE, 3));
            return x;
        });
        c("list_insert_neg", () -> {
            PList x = l(1, 2, 3);
            m(x, "insert", -10, 0);
            m(x, "insert", 100, 9);
            m(x, "insert", -1, 5);
            return x;
        });
        c("list_remove_missing", () -> m(l(1, 2), "remove", 5));
        c("list_pop", () -> {
            PList x = l(1, 2, 3, 4);
            return t(m(x, "pop"), m(x, "pop", 0), x);
        });
        c("list_pop_empty", () -> m(l(), "pop"));
        c("list_pop_range", () -> m(l(1), "pop", 5));
        c("list_index", () -> m(l(5, 6, 7, 6), "index", 6, 2));
        c("list_index_missing", () -> m(l(1, 2), "index", 5));
        c("list_count", () -> m(l(1, 2, 1, 1.0, true), "count", 1));
        c("list_sort", () -> {
            PList x = l(3, 1, 2, 5, 4, 0, -1, 9, 8, 7, 6, 11, 10);
            m(x, "sort");
            return x;
        });
        c("list_sort_key_rev", () -> {
            PList x = l(t(1, "a"), t(2, "b"), t(1, "c"), t(2, "d"), t(0, "e"));
            Calls.call(attr(x, "sort"), new Object[0], new String[]{"key", "reverse"},
                            new Object[]{fn("k(p)", a -> ((PTuple) a[0]).get(0)), true});
            return x;
        });
        c("list_sort_mixed", () -> m(l(3, "a"), "sort"));
        c("list_reverse", () -> {
            PList x = l(1, 2, 3);
            m(x, "reverse");
            return x;
        });
        c("list_getitem_slice", () -> m(l(0, 1, 2, 3, 4, 5), "__getitem__", new PSlice(PNone.NONE, PNone.NONE, -2L)));
        c("list_getitem_range", () -> m(l(1, 2), "__getitem__", 2));
        c("list_setitem_range", () -> m(l(1), "__setitem__", 5, 1));
        c("list_mul", () -> m(l(1, 2), "__mul__", 3));
        c("list_add_bad", () -> Arith.binary(Binary.ADD, l(1), t(2)));
        c("list_repr_nested", () -> m(l(1, l(2, "x"), t(3), d(4, PNone.NONE)), "__repr__"));
        c("list_lt", () -> m(l(1, 2, 3), "__lt__", l(1, 2, 4)));
        c("list_eq_notimpl", () -> m(l(1), "__eq__", t(1)));

        c("tuple_new", () -> call(BuiltinTypes.TUPLE, l(1, 2)));
        c("tuple_index_missing", () -> m(t(1, 2), "index", 3));
        c("tuple_count", () -> m(t(1, 2, 2, 3), "count", 2));
        c("tuple_add_bad", () -> m(t(1), "__add__", l(2)));
        c("tuple_hash", () -> m(t(1, 2, t(3, 4)), "__hash__"));
        c("tuple_hash_empty", () -> m(t(), "__hash__"));
        c("tuple_slice", () -> m(t(1, 2, 3, 4), "__getitem__", new PSlice(1L, 3L, PNone.NONE)));

        c("dict_kwargs", () -> Calls.call(BuiltinTypes.DICT, new Object[]{l(t("a", 1))}, new String[]{"b"}, new Object[]{2L}));
        c("dict_bad_pair", () -> call(BuiltinTypes.DICT, l(t(1))));
        c("dict_bad_elem", () -> call(BuiltinTypes.DICT, l(1)));
        c("dict_get", () -> m(d("a", 1), "get", "b", 5));
        c("dict_setdefault", () -> {
            PDict x = d("a", 1);
            return t(m(x, "setdefault", "a", 9), m(x, "setdefault", "b", 2), x);
        });
        c("dict_pop_default", () -> m(d("a", 1), "pop", "b", 7));
        c("dict_pop_missing", () -> m(d("a", 1), "pop", "b"));
        c("dict_popitem", () -> m(d("a", 1, "b", 2), "popitem"));
        c("dict_popitem_empty", () -> m(d(), "popitem"));
        c("dict_keys_repr", () -> Repr.repr(m(d("a", 1, "b", 2), "keys")));
        c("dict_values_repr", () -> Repr.repr(m(d("a", 1), "values")));
        c("dict_items_repr", () -> Repr.repr(m(d("a", 1), "items")));
        c("dict_keys_len", () -> Sequences.length(m(d("a", 1, "b", 2), "keys")));
        c("dict_items_in", () -> Sequences.contains(m(d("a", 1), "items"), t("a", 1)));
        c("dict_keys_and", () -> Arith.binary(Binary.BITAND, m(d("a", 1, "b", 2), "keys"), s("b", "c")));
        c("dict_update", () -> {
            PDict x = d("a", 1);
            Calls.call(attr(x, "update"), new Object[]{d("b", 2)}, new String[]{"c"}, new Object[]{3L});
            m(x, "update", l(t("d", 4)));
            return x;
        });
        c("dict_update_2args", () -> m(d(), "update", 1, 2));
        c("dict_fromkeys", () -> m(BuiltinTypes.DICT, "fromkeys", l(1, 2), 0));
        c("dict_or", () -> m(d("a", 1), "__or__", d("b", 2, "a", 3)));
        c("dict_getitem_missing", () -> m(d(), "__getitem__", "k"));
        c("dict_reversed", () -> new PList(Iteration.toArray(m(d("a", 1, "b", 2, "c", 3), "__reversed__"))));
        c("dict_eq", () -> m(d("a", 1, "b", 2), "__eq__", d("b", 2, "a", 1)));

        c("set_pop_empty", () -> m(s(), "pop"));
        c("set_remove_missing", () -> m(s(1), "remove", 2));
        c("set_remove_tuple", () -> m(s(1), "remove", t(1, 2)));
        c("set_union_multi", () -> m(s(1, 2), "union", l(3), t(4, 1)));
        c("set_intersection_multi", () -> m(s(1, 2, 3, 4), "intersection", l(2, 3, 9), s(3, 2)));
        c("set_difference_multi", () -> m(s(1, 2, 3, 4), "difference", l(1), s(2)));
        c("set_symdiff", () -> m(s(1, 2, 3), "symmetric_difference", l(3, 4)));
        c("set_issubset", () -> m(s(1, 2), "issubset", l(1, 2, 3)));
        c("set_issuperset", () -> m(s(1, 2), "issuperset", l(1, 3)));
        c("set_isdisjoint", () -> m(s(1, 2), "isdisjoint", t(3, 4)));
        c("frozenset_repr", () -> Repr.repr(call(BuiltinTypes.FROZENSET, l(3, 1, 2))));
        c("frozenset_hash", () -> Hashing.hash(call(BuiltinTypes.FROZENSET, l(1, 2, 3))));
        c("frozenset_hash_empty", () -> Hashing.hash(call(BuiltinTypes.FROZENSET)));
        c("frozenset_hash_tuples", () -> Hashing.hash(call(BuiltinTypes.FROZENSET, l(t(1, 2), t(3, 4), -1))));
        c("set_repr_empty", () -> Repr.repr(s()));
        c("set_new_2args", () -> call(BuiltinTypes.SET, 1, 2));
        c("set_contains_set", () -> m(s(call(BuiltinTypes.FROZENSET, l(1))), "__contains__", s(1)));
        c("set_lt", () -> Comparisons.richCompare(s(1), s(1, 2), Compare.LT));

        c("range_zero_step", () -> call(BuiltinTypes.RANGE, 1, 2, 0));
        c("range_attrs", () -> {
            Object r = call(BuiltinTypes.RANGE, 1, 10, 3);
            return t(attr(r, "start"), attr(r, "stop"), attr(r, "step"), m(r, "__len__"));
        });
        c("range_index", () -> m(call(BuiltinTypes.RANGE, 0, 20, 5), "index", 15));
        c("range_index_missing", () -> m(call(BuiltinTypes.RANGE, 3), "index", 7));
        c("range_reversed", () -> new PList(Iteration.toArray(m(call(BuiltinTypes.RANGE, 1, 10, 4), "__reversed__"))));
        c("range_eq", () -> m(call(BuiltinTypes.RANGE, 0, 3, 2), "__eq__", call(BuiltinTypes.RANGE, 0, 4, 2)));
        c("range_hash", () -> m(call(BuiltinTypes.RANGE, 0, 10, 3), "__hash__"));
        c("range_bad_arg", () -> call(BuiltinTypes.RANGE, "a"));
        c("slice_indices", () -> m(call(BuiltinTypes.SLICE, PNone.NONE, PNone.NONE, -1), "indices", 5));
        c("slice_indices2", () -> m(call(BuiltinTypes.SLICE, -100, 100, 3), "indices", 10));
        c("slice_repr", () -> Repr.repr(call(BuiltinTypes.SLICE, 1, 2)));
        c("bytes_from_list", () -> call(BuiltinTypes.BYTES, l(104, 105)));
        c("bytes_from_str", () -> call(BuiltinTypes.BYTES, "h\u00e9", "utf-8"));
        c("bytes_from_int", () -> call(BuiltinTypes.BYTES, 3));
        c("bytes_range_err", () -> call(BuiltinTypes.BYTES, l(300)));
        c("bytes_decode", () -> m(b("h\u00c3\u00a9"), "decode"));
        c("bytes_hex", () -> m(b("\u0000\u00ffa"), "hex"));
        c("bytes_join", () -> m(b(", "), "join", l(b("a"), b("b"))));
        c("bytes_split", () -> m(b("a,b,,c"), "split", b(",")));
        c("bytes_in", () -> t(Sequences.contains(b("abcd"), b("bc")), Sequences.contains(b("abc"), 98L)));
        c("bytes_startswith", () -> m(b("abc"), "startswith", t(b("x"), b("ab"))));
        c("bytes_str_noenc", () -> call(BuiltinTypes.BYTES, "x"));

        c("exc_args", () -> attr(call(BuiltinTypes.VALUE_ERROR, "a", 1), "args"));
        c("exc_str_multi", () -> Repr.str(call(BuiltinTypes.VALUE_ERROR, "a", 1)));
        c("exc_repr", () -> Repr.repr(call(BuiltinTypes.VALUE_ERROR, "a")));
        c("exc_repr_empty", () -> Repr.repr(call(BuiltinTypes.VALUE_ERROR)));
        c("keyerror_str", () -> Repr.str(call(BuiltinTypes.KEY_ERROR, "k")));
        c("oserror_str", () -> Repr.str(call(BuiltinTypes.OS_ERROR, 2, "No such file or directory", "x")));
        c("oserror_class", () -> TypeOf.nameOf(call(BuiltinTypes.OS_ERROR, 2, "No such file or directory")));
        c("oserror_args", () -> attr(call(BuiltinTypes.OS_ERROR, 2, "No such file or directory", "x"), "args"));
        c("oserror_errno", () -> {
            Object e = call(BuiltinTypes.OS_ERROR, 13, "Permission denied", "f");
            return t(attr(e, "errno"), attr(e, "strerror"), attr(e, "filename"));
        });
        c("stopiteration_value", () -> attr(call(BuiltinTypes.STOP_ITERATION, 5), "value"));
        c("systemexit_code", () -> t(attr(call(BuiltinTypes.SYSTEM_EXIT), "code"), attr(call(BuiltinTypes.SYSTEM_EXIT, 3), "code"),
                        attr(call(BuiltinTypes.SYSTEM_EXIT, 1, 2), "code")));
        c("exc_cause", () -> {
            Object e = call(BuiltinTypes.VALUE_ERROR);
            return t(attr(e, "__cause__"), attr(e, "__context__"), attr(e, "__suppress_context__"));
        });

        c("object_eq", () -> call(attr(BuiltinTypes.OBJECT, "__eq__"), 1, 2));
        c("object_format_bad", () -> m(call(BuiltinTypes.OBJECT), "__format__", "x"));
        c("type_name", () -> t(attr(BuiltinTypes.INT, "__name__"), attr(BuiltinTypes.TYPE, "__name__"), attr(BuiltinTypes.VALUE_ERROR, "__qualname__")));
        c("type_mro", () -> attr(BuiltinTypes.KEY_ERROR, "__mro__"));
        c("type_bases", () -> t(attr(BuiltinTypes.BOOL, "__bases__"), attr(BuiltinTypes.OBJECT, "__bases__"), attr(BuiltinTypes.KEY_ERROR, "__base__")));
        c("type_three_arg", () -> {
            PythonClass cls = (PythonClass) call(BuiltinTypes.TYPE, "C", t(BuiltinTypes.OBJECT), d("x", 1, "f", fn("f(self)", a -> 2L)));
            return t(attr(cls, "__name__"), attr(cls, "__bases__"), attr(cls, "x"), m(call(cls), "f"));
        });
        c("type_layout_conflict", () -> call(BuiltinTypes.TYPE, "X", t(BuiltinTypes.LIST, BuiltinTypes.DICT), d()));
        c("type_bool_base", () -> call(BuiltinTypes.TYPE, "X", t(BuiltinTypes.BOOL), d()));
        c("property_doc", () -> attr(call(BuiltinTypes.PROPERTY, PNone.NONE, PNone.NONE, PNone.NONE, "doc"), "__doc__"));
        c("staticmethod_func", () -> {
            Object f = fn("len(x)", a -> 0L);
            return attr(call(BuiltinTypes.STATICMETHOD, f), "__func__") == f;
        });
    }

    static Stream<String> cases() throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                        BuiltinMethodsTest.class.getResourceAsStream("builtin_methods.txt"), StandardCharsets.UTF_8))) {
            return r.lines().filter(line -> !line.isBlank()).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesCPython(String line) {
        int tab = line.indexOf('\t');
        String id = line.substring(0, tab);
        String expected = line.substring(tab + 1);
        Supplier<Object> body = CASES.get(id);
        assertNotNull(body, "no Java version of case " + id);
        String actual;
        try {
            actual = Repr.repr(body.get());
        } catch (PException e) {
            actual = "!" + e.getPythonClass().getName() + ": " + Repr.str(e.getPythonException());
        }
        assertEquals(expected, actual, id);
    }
}
