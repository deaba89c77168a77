"""os -- operating system interfaces (the part a Python program reaches for).

MiniPy's own implementation on top of the Java primitives of ``_os``:
constants (sep linesep name ...), ``environ`` and ``getenv``, the process
(getpid getppid cpu_count), the working directory (getcwd chdir), files
and directories (stat listdir scandir walk mkdir makedirs remove unlink
rmdir removedirs rename replace), ``fspath``/``PathLike``, ``urandom``.
``os.path`` is the ``posixpath`` module.  Processes (fork, system, exec*,
kill) are not provided.
"""

import sys
import _os

name = 'posix'
sep = '/'
altsep = None
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
linesep = '\n'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

error = OSError


class PathLike:
    """Abstract base class for objects with a __fspath__ method."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, '__fspath__')


def fspath(path):
    """Return the path representation of a path-like object."""
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), '__fspath__', None)
    if method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(path).__name__)
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                    % (type(path).__name__, type(result).__name__))


def _path(path):
    if isinstance(path, str):
        return path
    if isinstance(path, bytes):
        return path.decode()
    return fspath(path)


class _Environ(dict):
    """os.environ: a dict of the environment, printed as environ({...})."""

    def __repr__(self):
        return 'environ(' + dict.__repr__(self) + ')'

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError('str expected, not ' + type(key).__name__)
        if not isinstance(value, str):
            raise TypeError('str expected, not ' + type(value).__name__)
        dict.__setitem__(self, key, value)

    def copy(self):
        return dict(self)


environ = _Environ(_os.environ())


def getenv(key, default=None):
    """Get an environment variable, return None (or default) if it doesn't exist."""
    return environ.get(key, default)


def getpid():
    return _os.getpid()


def _exit(status):
    _os._exit(status)


def getppid():
    return _os.getppid()


def cpu_count():
    return _os.cpu_count()


def getcwd():
    return _os.getcwd()


def chdir(path):
    _os.chdir(_path(path))


def strerror(code):
    return _os.strerror(code)


def urandom(size):
    return _os.urandom(size)


class stat_result(tuple):
    """The result of os.stat(): a tuple of ten ints with st_* attributes."""

    n_sequence_fields = 10
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
              'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, fields):
        fields = tuple(fields)
        self = tuple.__new__(cls, fields[:7] + tuple(int(t) for t in fields[7:10]))
        self._times = fields[7:10]
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._times[0])
    st_mtime = property(lambda self: self._times[1])
    st_ctime = property(lambda self: self._times[2])
    st_atime_ns = property(lambda self: int(self._times[0] * 1e9))
    st_mtime_ns = property(lambda self: int(self._times[1] * 1e9))
    st_ctime_ns = property(lambda self: int(self._times[2] * 1e9))

    def __repr__(self):
        return 'os.stat_result(' + ', '.join(
            '%s=%r' % (n, v) for n, v in zip(self._names, self)) + ')'


def stat(path):
    """Perform a stat system call on the given path."""
    return stat_result(_os.stat(_path(path)))


lstat = stat


def access(path, mode):
    try:
        stat(path)
    except OSError:
        return False
    return True


def listdir(path='.'):
    """The names of the entries in the directory given by path (in arbitrary order)."""
    return _os.listdir(_path(path))


class DirEntry:
    """An entry of scandir(): name, path, is_file(), is_dir(), stat()."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path)

    def is_symlink(self):
        return False

    def stat(self, *, follow_symlinks=True):
        return stat(self.path)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % self.name


class _ScandirIterator:
    def __init__(self, directory):
        self._entries = iter([DirEntry(directory, n) for n in listdir(directory)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self._entries = iter(())


def scandir(path='.'):
    """An iterator of DirEntry objects for the entries of a directory."""
    return _ScandirIterator(_path(path))


def mkdir(path, mode=0o777, *, dir_fd=None):
    _os.mkdir(_path(path))


def makedirs(name, mode=0o777, exist_ok=False):
    """Super-mkdir: create a leaf directory and all intermediate ones."""
    name = _path(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def remove(path, *, dir_fd=None):
    _os.remove(_path(path))


unlink = remove


def rmdir(path, *, dir_fd=None):
    _os.rmdir(_path(path))


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def rename(src, dst):
    _os.rename(_path(src), _path(dst))


replace = rename


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames)."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    nondirs = []
    for n in names:
        if path.isdir(path.join(top, n)):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, nondirs


import posixpath as path

sys.modules['os.path'] = path
