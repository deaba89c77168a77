"""importlib -- MiniPy's subset: import_module and reload.

Imports go through the interpreter's own loader (``__import__``), which
finds builtin modules, MiniPy's library and ``.mpy`` files on ``sys.path``.
"""

import sys


def import_module(name, package=None):
    """Import a module; a name with leading dots is relative to ``package``."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            "relative import for {!r}".format(name))
        while level < len(name) and name[level] == '.':
            level += 1
    if level:
        return __import__(name[level:], {'__package__': package, '__name__': package},
                          None, ['*'], level)
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Re-run a .mpy module's source in its own namespace, as CPython does.

    Builtin and library modules (no file of the user's) come back unchanged:
    re-running them would only rebuild the same objects."""
    if not isinstance(module, type(sys)):
        raise TypeError("reload() argument must be a module")
    name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError("module %s not in sys.modules" % name, name=name)
    path = getattr(module, '__file__', None)
    if not path or path.startswith('<minipy>'):
        return module
    with open(path, encoding='utf-8') as f:
        source = f.read()
    exec(compile(source, path, 'exec'), module.__dict__)
    return module


def invalidate_caches():
    pass
