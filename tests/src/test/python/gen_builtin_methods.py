"""Generates builtin_methods.txt: what CPython 3.11 gives for calls of builtin container and core methods.

Run with CPython 3.11 from this directory:
    python3 gen_builtin_methods.py > ../resources/org/minipy/tests/builtins/builtin_methods.txt

Each line is `id<TAB>result`: the repr of the value, or `!Type: message` for an exception. BuiltinMethodsTest
computes each id with MiniPy's Java methods (the same call, written in Java) and compares.
"""
import sys

assert sys.version_info[:2] == (3, 11), "expectations must come from CPython 3.11"

CASES = {
    # list
    "list_new": "list((1, 2, 3))",
    "list_new_2args": "list(1, 2)",
    "list_append": "(lambda l: (l.append(4), l)[1])([1, 2])",
    "list_extend": "(lambda l: (l.extend(range(3)), l)[1])([9])",
    "list_insert_neg": "(lambda l: (l.insert(-10, 0), l.insert(100, 9), l.insert(-1, 5), l)[3])([1, 2, 3])",
    "list_remove_missing": "[1, 2].remove(5)",
    "list_pop": "(lambda l: (l.pop(), l.pop(0), l)[0:3])([1, 2, 3, 4])",
    "list_pop_empty": "[].pop()",
    "list_pop_range": "[1].pop(5)",
    "list_index": "[5, 6, 7, 6].index(6, 2)",
    "list_index_missing": "[1, 2].index(5)",
    "list_count": "[1, 2, 1, 1.0, True].count(1)",
    "list_sort": "(lambda l: (l.sort(), l)[1])([3, 1, 2, 5, 4, 0, -1, 9, 8, 7, 6, 11, 10])",
    "list_sort_key_rev": "(lambda l: (l.sort(key=lambda p: p[0], reverse=True), l)[1])([(1, 'a'), (2, 'b'), (1, 'c'), (2, 'd'), (0, 'e')])",
    "list_sort_mixed": "[3, 'a'].sort()",
    "list_reverse": "(lambda l: (l.reverse(), l)[1])([1, 2, 3])",
    "list_getitem_slice": "[0, 1, 2, 3, 4, 5][::-2]",
    "list_getitem_range": "[1, 2][2]",
    "list_setitem_range": "(lambda l: l.__setitem__(5, 1))([1])",
    "list_mul": "[1, 2] * 3",
    "list_add_bad": "[1] + (2,)",
    "list_repr_nested": "repr([1, [2, 'x'], (3,), {4: None}])",
    "list_lt": "[1, 2, 3] < [1, 2, 4]",
    "list_eq_notimpl": "[1].__eq__((1,))",
    # tuple
    "tuple_new": "tuple([1, 2])",
    "tuple_index_missing": "(1, 2).index(3)",
    "tuple_count": "(1, 2, 2, 3).count(2)",
    "tuple_add_bad": "(1,) + [2]",
    "tuple_hash": "hash((1, 2, (3, 4)))",
    "tuple_hash_empty": "hash(())",
    "tuple_slice": "(1, 2, 3, 4)[1:3]",
    # dict
    "dict_kwargs": "dict([('a', 1)], b=2)",
    "dict_bad_pair": "dict([(1,)])",
    "dict_bad_elem": "dict([1])",
    "dict_get": "{'a': 1}.get('b', 5)",
    "dict_setdefault": "(lambda d: (d.setdefault('a', 9), d.setdefault('b', 2), d)[0:3])({'a': 1})",
    "dict_pop_default": "{'a': 1}.pop('b', 7)",
    "dict_pop_missing": "{'a': 1}.pop('b')",
    "dict_popitem": "{'a': 1, 'b': 2}.popitem()",
    "dict_popitem_empty": "{}.popitem()",
    "dict_keys_repr": "repr({'a': 1, 'b': 2}.keys())",
    "dict_values_repr": "repr({'a': 1}.values())",
    "dict_items_repr": "repr({'a': 1}.items())",
    "dict_keys_len": "len({'a': 1, 'b': 2}.keys())",
    "dict_items_in": "('a', 1) in {'a': 1}.items()",
    "dict_keys_and": "{'a': 1, 'b': 2}.keys() & {'b', 'c'}",
    "dict_update": "(lambda d: (d.update({'b': 2}, c=3), d.update([('d', 4)]), d)[2])({'a': 1})",
    "dict_update_2args": "{}.update(1, 2)",
    "dict_fromkeys": "dict.fromkeys([1, 2], 0)",
    "dict_or": "{'a': 1} | {'b': 2, 'a': 3}",
    "dict_getitem_missing": "{}['k']",
    "dict_reversed": "list(reversed({'a': 1, 'b': 2, 'c': 3}))",
    "dict_eq": "{'a': 1, 'b': 2} == {'b': 2, 'a': 1}",
    # set
    "set_pop_empty": "set().pop()",
    "set_remove_missing": "{1}.remove(2)",
    "set_remove_tuple": "{1}.remove((1, 2))",
    "set_union_multi": "{1, 2}.union([3], (4, 1))",
    "set_intersection_multi": "{1, 2, 3, 4}.intersection([2, 3, 9], {3, 2})",
    "set_difference_multi": "{1, 2, 3, 4}.difference([1], {2})",
    "set_symdiff": "{1, 2, 3}.symmetric_difference([3, 4])",
    "set_issubset": "{1, 2}.issubset([1, 2, 3])",
    "set_issuperset": "{1, 2}.issuperset([1, 3])",
    "set_isdisjoint": "{1, 2}.isdisjoint((3, 4))",
    "frozenset_repr": "repr(frozenset([3, 1, 2]))",
    "frozenset_hash": "hash(frozenset([1, 2, 3]))",
    "frozenset_hash_empty": "hash(frozenset())",
    "frozenset_hash_tuples": "hash(frozenset([(1, 2), (3, 4), -1]))",
    "set_repr_empty": "repr(set())",
    "set_new_2args": "set(1, 2)",
    "set_contains_set": "{1} in {frozenset({1})}",
    "set_lt": "{1} < {1, 2}",
    # range / slice / bytes
    "range_zero_step": "range(1, 2, 0)",
    "range_attrs": "(lambda r: (r.start, r.stop, r.step, len(r)))(range(1, 10, 3))",
    "range_index": "range(0, 20, 5).index(15)",
    "range_index_missing": "range(3).index(7)",
    "range_reversed": "list(reversed(range(1, 10, 4)))",
    "range_eq": "range(0, 3, 2) == range(0, 4, 2)",
    "range_hash": "hash(range(0, 10, 3))",
    "range_bad_arg": "range('a')",
    "slice_indices": "slice(None, None, -1).indices(5)",
    "slice_indices2": "slice(-100, 100, 3).indices(10)",
    "slice_repr": "repr(slice(1, 2))",
    "bytes_from_list": "bytes([104, 105])",
    "bytes_from_str": "bytes('hé', 'utf-8')",
    "bytes_from_int": "bytes(3)",
    "bytes_range_err": "bytes([300])",
    "bytes_decode": "b'h\\xc3\\xa9'.decode()",
    "bytes_hex": "b'\\x00\\xffa'.hex()",
    "bytes_join": "b', '.join([b'a', b'b'])",
    "bytes_split": "b'a,b,,c'.split(b',')",
    "bytes_in": "(b'bc' in b'abcd', 98 in b'abc')",
    "bytes_startswith": "b'abc'.startswith((b'x', b'ab'))",
    "bytes_str_noenc": "bytes('x')",
    # exceptions
    "exc_args": "ValueError('a', 1).args",
    "exc_str_multi": "str(ValueError('a', 1))",
    "exc_repr": "repr(ValueError('a'))",
    "exc_repr_empty": "repr(ValueError())",
    "keyerror_str": "str(KeyError('k'))",
    "oserror_str": "str(OSError(2, 'No such file or directory', 'x'))",
    "oserror_class": "type(OSError(2, 'No such file or directory')).__name__",
    "oserror_args": "OSError(2, 'No such file or directory', 'x').args",
    "oserror_errno": "(lambda e: (e.errno, e.strerror, e.filename))(OSError(13, 'Permission denied', 'f'))",
    "stopiteration_value": "StopIteration(5).value",
    "systemexit_code": "(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)",
    "exc_cause": "(lambda e: (e.__cause__, e.__context__, e.__suppress_context__))(ValueError())",
    # object / type / property
    "object_eq": "object.__eq__(1, 2)",
    "object_format_bad": "format(object(), 'x')",
    "type_name": "(int.__name__, type.__name__, ValueError.__qualname__)",
    "type_mro": "KeyError.__mro__",
    "type_bases": "(bool.__bases__, object.__bases__, KeyError.__base__)",
    "type_three_arg": "(lambda C: (C.__name__, C.__bases__, C.x, C().f()))(type('C', (object,), {'x': 1, 'f': lambda self: 2}))",
    "type_layout_conflict": "type('X', (list, dict), {})",
    "type_bool_base": "type('X', (bool,), {})",
    "property_doc": "property(None, None, None, 'doc').__doc__",
    "staticmethod_func": "(lambda f: staticmethod(f).__func__ is f)(len)",
}


def main():
    for key, expr in CASES.items():
        try:
            value = eval(expr)
            text = repr(value)
        except Exception as e:
            text = "!%s: %s" % (type(e).__name__, e)
        print("%s\t%s" % (key, text))


main()
