"""tempfile -- temporary files and directories.

MiniPy's own pure-Python implementation of (a subset of) the standard
``tempfile`` module, written from the documented behaviour: gettempdir,
mkdtemp, TemporaryDirectory, NamedTemporaryFile and TemporaryFile (text
modes only, as open() in MiniPy; the default binary mode 'w+b' is refused
by open()).  Names are drawn from a private random generator, so creating
temporary files does not disturb the ``random`` module's seeded sequence.
mkstemp is refused: MiniPy has no file descriptors.
"""

import os as _os
import random as _random

__all__ = ['gettempdir', 'gettempprefix', 'mkdtemp', 'mktemp',
           'TemporaryDirectory', 'NamedTemporaryFile', 'TemporaryFile',
           'tempdir', 'template', 'TMP_MAX']

TMP_MAX = 10000
template = 'tmp'
tempdir = None

_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_rng = None


def _random_name():
    global _rng
    if _rng is None:
        _rng = _random.Random()
    return ''.join(_rng.choice(_CHARACTERS) for _ in range(8))


def gettempprefix():
    return template


def gettempdir():
    """The directory for temporary files: $TMPDIR, $TEMP or $TMP if set to
    a directory, else /tmp."""
    global tempdir
    if tempdir is None:
        for var in ('TMPDIR', 'TEMP', 'TMP'):
            d = _os.environ.get(var)
            if d and _os.path.isdir(d):
                tempdir = _os.path.abspath(d)
                break
        else:
            tempdir = '/tmp'
    return tempdir


def _candidates(suffix, prefix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        yield _os.path.join(dir, prefix + _random_name() + suffix)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory with a unique name; return its absolute
    path.  The caller removes it."""
    for path in _candidates(suffix, prefix, dir):
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise FileExistsError("No usable temporary directory name found")


def mktemp(suffix='', prefix=template, dir=None):
    """A name for a temporary file that did not exist when asked (unsafe:
    prefer NamedTemporaryFile)."""
    for path in _candidates(suffix, prefix, dir):
        if not _os.path.exists(path):
            return path
    raise FileExistsError("No usable temporary filename found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    raise NotImplementedError("tempfile.mkstemp() is not supported by MiniPy "
                              "(no file descriptors): use NamedTemporaryFile")


def _rmtree(path):
    for name in _os.listdir(path):
        full = _os.path.join(path, name)
        if _os.path.isdir(full) and not _os.path.islink(full):
            _rmtree(full)
        else:
            _os.remove(full)
    _os.rmdir(path)


class TemporaryDirectory:
    """A directory removed, with everything in it, by cleanup() or at the
    end of a with block (which binds its name)."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._closed = False

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._closed:
            return
        self._closed = True
        try:
            if _os.path.exists(self.name):
                _rmtree(self.name)
        except OSError:
            if not self._ignore_cleanup_errors:
                raise


class _TemporaryFileWrapper:
    """A file opened by NamedTemporaryFile: the file's own methods, plus
    removal of the file when it is closed (if delete is true)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._removed = False

    def __getattr__(self, name):
        return getattr(self.file, name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def __iter__(self):
        return iter(self.file)

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper file=%r>" % (self.file,)

    def close(self):
        try:
            self.file.close()
        finally:
            if self.delete and not self._removed:
                self._removed = True
                try:
                    _os.remove(self.name)
                except FileNotFoundError:
                    pass


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *,
                       errors=None):
    """A new file with a visible name (its .name), opened in mode and
    removed when closed if delete is true."""
    if 'x' in mode or 'r' in mode or 'a' in mode:
        base_mode = mode
    else:
        base_mode = mode.replace('w', 'x')
    for path in _candidates(suffix, prefix, dir):
        try:
            f = open(path, base_mode, buffering, encoding, errors, newline)
        except FileExistsError:
            continue
        return _TemporaryFileWrapper(f, path, delete)
    raise FileExistsError("No usable temporary filename found")


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    """A new temporary file, removed when closed."""
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix,
                              prefix, dir, True, errors=errors)
