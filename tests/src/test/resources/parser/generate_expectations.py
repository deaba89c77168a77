#!/usr/bin/env python3
"""Generates the expectations of ParserTest with CPython 3.11 (run from this directory: python3 generate_expectations.py).

ast_cases.txt:   <escaped source> TAB <compact dump of CPython's AST>
error_cases.txt: <escaped source> TAB <exception class> TAB <escaped msg> TAB <lineno> TAB <offset>

The compact dump is the format AstDump.java writes for MiniPy's AST: CPython's node and field names, no ctx, no
type_comment/kind/type_ignores, None-valued fields left out, floats as their IEEE bits, strings and bytes with every
character outside printable ASCII (and ' and \\) written as \\u{hex}.
"""
import ast
import struct
import sys

assert sys.version_info[:2] == (3, 11), "expectations must come from CPython 3.11"

SKIPPED_FIELDS = {"ctx", "type_comment", "kind", "type_ignores"}


def escape(text):
    out = []
    for ch in text:
        if 32 <= ord(ch) < 127 and ch not in "'\\":
            out.append(ch)
        else:
            out.append("\\u{%x}" % ord(ch))
    return "".join(out)


def dump_value(value):
    if isinstance(value, ast.AST):
        return dump(value)
    if isinstance(value, list):
        return "[" + ", ".join(dump_value(v) for v in value) + "]"
    if value is None:
        return "None"
    if value is Ellipsis:
        return "Ellipsis"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return "f%016x" % struct.unpack("<Q", struct.pack("<d", value))[0]
    if isinstance(value, str):
        return "'" + escape(value) + "'"
    if isinstance(value, bytes):
        return "b'" + escape(value.decode("latin-1")) + "'"
    raise TypeError(type(value))


def dump(node):
    fields = []
    for name in node._fields:
        if name in SKIPPED_FIELDS:
            continue
        value = getattr(node, name, None)
        if value is None and not (isinstance(node, ast.Constant) and name == "value"):
            continue
        if isinstance(node, ast.Dict) and name == "keys":
            fields.append("keys=[" + ", ".join("None" if k is None else dump(k) for k in value) + "]")
            continue
        if isinstance(node, ast.arguments) and name == "kw_defaults":
            fields.append("kw_defaults=[" + ", ".join("None" if k is None else dump(k) for k in value) + "]")
            continue
        fields.append(name + "=" + dump_value(value))
    return type(node).__name__ + "(" + ", ".join(fields) + ")"


def main():
    from cases import AST_CASES, ERROR_CASES
    with open("ast_cases.txt", "w") as out:
        for source in AST_CASES:
            tree = ast.parse(source)
            out.write(escape(source) + "\t" + dump(tree) + "\n")
    with open("error_cases.txt", "w") as out:
        for source in ERROR_CASES:
            try:
                compile(source, "<test>", "exec")
            except SyntaxError as e:
                out.write("\t".join([escape(source), type(e).__name__, escape(e.msg), str(e.lineno), str(e.offset)])
                          + "\n")
            else:
                raise AssertionError("no SyntaxError for " + repr(source))


if __name__ == "__main__":
    main()
