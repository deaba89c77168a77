"""shutil -- high-level file operations.

MiniPy's own pure-Python implementation of a subset of the standard
``shutil`` module, written from the documented behaviour: copying text
files (copyfile, copy, copy2, copytree), removing trees (rmtree), moving
(move) and which().  Files are copied through open() in text mode with the
bytes decoded as latin-1, so any content round-trips unchanged.
"""

import os

__all__ = ['copyfile', 'copy', 'copy2', 'copytree', 'rmtree', 'move',
           'which', 'Error', 'SameFileError']


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


def _same(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src to dst; return dst."""
    if _same(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, 'r', encoding='latin-1', newline='') as fsrc:
        data = fsrc.read()
    with open(dst, 'w', encoding='latin-1', newline='') as fdst:
        fdst.write(data)
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy src to the file or directory dst; return the new file's path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    return dst


copy2 = copy


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory tree src to dst (which must not exist unless
    dirs_exist_ok); return dst."""
    names = os.listdir(src)
    ignored = ignore(src, names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    for name in names:
        if name in ignored:
            continue
        s = os.path.join(src, name)
        d = os.path.join(dst, name)
        if os.path.isdir(s):
            copytree(s, d, symlinks, ignore, copy_function,
                     ignore_dangling_symlinks, dirs_exist_ok)
        else:
            copy_function(s, d)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    """Delete the directory tree at path."""
    def handle(func, p, exc):
        if ignore_errors:
            return
        if onerror is None:
            raise exc
        onerror(func, p, (type(exc), exc, None))
    try:
        names = os.listdir(path)
    except OSError as e:
        handle(os.listdir, path, e)
        return
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            rmtree(full, ignore_errors, onerror)
        else:
            try:
                os.remove(full)
            except OSError as e:
                handle(os.remove, full, e)
    try:
        os.rmdir(path)
    except OSError as e:
        handle(os.rmdir, path, e)


def move(src, dst, copy_function=copy2):
    """Move src to dst (into it, if dst is a directory); return the new
    path."""
    real_dst = dst
    if os.path.isdir(dst):
        real_dst = os.path.join(dst, os.path.basename(src.rstrip(os.sep)))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    os.rename(src, real_dst)
    return real_dst


def which(cmd, mode=None, path=None):
    """The path of the executable cmd on PATH, or None."""
    if os.path.dirname(cmd):
        return cmd if os.path.isfile(cmd) and os.access(cmd, 1) else None
    if path is None:
        path = os.environ.get('PATH', os.defpath)
    for d in path.split(os.pathsep):
        full = os.path.join(d, cmd)
        if os.path.isfile(full) and os.access(full, 1):
            return full
    return None
