"""Chooses which implementation of a standard module a test program uses.

Test programs say ``heapq = load("heapq")``.  Normally that is the real
module (CPython's, or MiniPy's own when run under MiniPy).  When the
environment variable MINIPY_STDLIB names a directory, the module is loaded
from ``<dir>/<name>.py`` instead -- MiniPy's pure-Python implementation run
on CPython.  While one of those files executes, the names it imports from the
same directory are temporarily bound in sys.modules to the MiniPy versions
too, so e.g. MiniPy's functools really uses MiniPy's collections.
"""

import os
import sys

_loaded = {}


def _imports_of(path):
    names = []
    with open(path) as f:
        for line in f:
            words = line.replace(',', ' ').split()
            if not words or line[0] in ' \t':
                continue
            if words[0] == 'import':
                names.extend(w for w in words[1:] if w != 'as')
            elif words[0] == 'from' and len(words) > 1:
                names.append(words[1])
    return names


def _load_from(directory, name):
    if name in _loaded:
        return _loaded[name]
    import importlib.util
    path = os.path.join(directory, name + '.py')
    deps = [d for d in _imports_of(path)
            if os.path.exists(os.path.join(directory, d + '.py'))]
    saved = {}
    for dep in deps:
        saved[dep] = sys.modules.get(dep)
        sys.modules[dep] = _load_from(directory, dep)
    try:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        for dep, old in saved.items():
            if old is None:
                sys.modules.pop(dep, None)
            else:
                sys.modules[dep] = old
    _loaded[name] = module
    return module


def load(name):
    directory = os.environ.get('MINIPY_STDLIB')
    if directory:
        return _load_from(directory, name)
    return __import__(name)
