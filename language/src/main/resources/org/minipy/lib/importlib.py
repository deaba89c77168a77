"""importlib -- MiniPy's subset: import_module, reload is refused.

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
    raise NotImplementedError("MiniPy does not support importlib.reload()")


def invalidate_caches():
    pass
