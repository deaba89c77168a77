# Lets CPython import MiniPy's `.mpy` modules, so that a conformance program that imports
# a helper module beside it (`import _helper_geometry` -> `_helper_geometry.mpy`) runs
# unmodified under CPython. Put this directory on PYTHONPATH (the tools in tests/tools do).
import sys
import importlib.machinery as _m

_hook = _m.FileFinder.path_hook(
    (_m.ExtensionFileLoader, list(_m.EXTENSION_SUFFIXES)),
    (_m.SourceFileLoader, [".mpy"] + list(_m.SOURCE_SUFFIXES)),
    (_m.SourcelessFileLoader, list(_m.BYTECODE_SUFFIXES)),
)
sys.path_hooks.insert(0, _hook)
sys.path_importer_cache.clear()
