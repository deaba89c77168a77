"""posixpath -- operations on POSIX path names (what os.path is on Linux).

MiniPy's own implementation of the common part of CPython's module, with
the same results: the string operations (join split splitext basename
dirname normpath abspath relpath commonpath commonprefix ...) are pure
Python; the queries on the file system (exists isfile isdir getsize ...)
go through os.stat.
"""

import os

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

__all__ = ['abspath', 'basename', 'commonpath', 'commonprefix', 'curdir',
           'dirname', 'exists', 'expanduser', 'getatime', 'getctime',
           'getmtime', 'getsize', 'isabs', 'isdir', 'isfile', 'islink',
           'join', 'lexists', 'normcase', 'normpath', 'pardir', 'pathsep',
           'realpath', 'relpath', 'samefile', 'sep', 'split', 'splitdrive',
           'splitext']


def _check(name, *paths):
    for p in paths:
        if not isinstance(p, (str, os.PathLike)):
            raise TypeError('%s() argument must be str, bytes, or '
                            'os.PathLike object, not %r' % (name, type(p).__name__))


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith('/')


def join(a, *p):
    try:
        a = os.fspath(a)
        path = a
        for b in map(os.fspath, p):
            if b.startswith('/'):
                path = b
            elif not path or path.endswith('/'):
                path += b
            else:
                path += '/' + b
    except (TypeError, AttributeError):
        _check('join', a, *p)
        raise
    return path


def split(p):
    p = os.fspath(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    p = os.fspath(p)
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    i = p.rfind('/') + 1
    return p[i:]


def dirname(p):
    p = os.fspath(p)
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def normpath(path):
    path = os.fspath(path)
    if path == '':
        return '.'
    initial_slashes = 1 if path.startswith('/') else 0
    # POSIX allows one or two initial slashes, but treats three or more as one
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if (comp != '..' or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == '..')):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        path = join(os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    return abspath(filename)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    if start is None:
        start = curdir
    else:
        start = os.fspath(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    split_paths = [path.split(sep) for path in paths]
    try:
        isabs, = set(p[:1] == sep for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if isabs else sep[:0]
    return prefix + sep.join(common)


def expanduser(path):
    path = os.fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i == 1:
        userhome = os.environ.get('HOME', '/')
    else:
        return path
    userhome = userhome.rstrip('/')
    return (userhome + path[i:]) or '/'


def expandvars(path):
    path = os.fspath(path)
    if '$' not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c == '$' and i + 1 < n:
            if path[i + 1] == '{':
                j = path.find('}', i + 2)
                if j < 0:
                    out.append(path[i:])
                    break
                name = path[i + 2:j]
                end = j + 1
            else:
                j = i + 1
                while j < n and (path[j].isalnum() or path[j] == '_'):
                    j += 1
                name = path[i + 1:j]
                end = j
            if name and name in os.environ:
                out.append(os.environ[name])
            else:
                out.append(path[i:end])
            i = end
        else:
            out.append(c)
            i += 1
    return ''.join(out)


# Queries on the file system.

def exists(path):
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


lexists = exists


def isfile(path):
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return st.st_mode & 0o170000 == 0o100000


def isdir(s):
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return st.st_mode & 0o170000 == 0o040000


def islink(path):
    return False


def ismount(path):
    return abspath(path) == '/'


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samefile(f1, f2):
    s1 = os.stat(f1)
    s2 = os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev
