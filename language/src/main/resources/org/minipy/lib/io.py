"""io -- in-memory text and byte streams, and open().

MiniPy's own implementation of the part of CPython's module that programs
use: ``StringIO`` and ``BytesIO`` (read, readline, readlines, write,
writelines, seek, tell, truncate, getvalue, iteration, ``with``), and
``open`` (the builtin).  Positions in a StringIO count characters.
"""

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

open = open


class UnsupportedOperation(OSError, ValueError):
    pass


class _MemoryIO:
    """What StringIO and BytesIO share: a buffer, a position, closing."""

    _empty = ''

    def __init__(self, initial):
        self._buf = initial
        self._pos = 0
        self._closed = False

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def flush(self):
        self._check_open()

    def isatty(self):
        self._check_open()
        return False

    def getvalue(self):
        self._check_open()
        return self._buf

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readline(self, size=-1):
        self._check_open()
        newline = self._newline
        i = self._buf.find(newline, self._pos)
        end = len(self._buf) if i < 0 else i + len(newline)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def write(self, s):
        self._check_open()
        self._check_type(s)
        n = len(s)
        if n == 0:
            return 0
        buf = self._buf
        if self._pos > len(buf):
            buf = buf + self._pad * (self._pos - len(buf))
        self._buf = buf[:self._pos] + s + buf[self._pos + n:]
        self._pos += n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        self._buf = self._buf[:size]
        return size

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_MemoryIO):
    """Text I/O in memory: StringIO(initial_value='', newline='\\n')."""

    _newline = '\n'
    _pad = '\0'
    _closed_message = 'I/O operation on closed file'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not %s' % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        # newline as in CPython: None translates \r\n and \r to \n when written; '' keeps them and ends lines at
        # any of them (both record the kinds seen, for newlines); '\r' and '\r\n' turn a written \n into themselves
        self._mode = newline
        self._seen = 0
        if newline in ('\r', '\r\n'):
            self._newline = newline
        _MemoryIO.__init__(self, '')
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def write(self, s):
        self._check_open()
        self._check_type(s)
        n = len(s)
        mode = self._mode
        if mode is None or mode == '':
            crlf = s.count('\r\n')
            cr = s.count('\r') - crlf
            self._seen |= (1 if cr else 0) | (2 if s.count('\n') > crlf else 0) | (4 if crlf else 0)
            if mode is None and (cr or crlf):
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif mode == '\r' or mode == '\r\n':
            s = s.replace('\n', mode)
        _MemoryIO.write(self, s)
        return n

    def readline(self, size=-1):
        if self._mode != '':
            return _MemoryIO.readline(self, size)
        self._check_open()
        buf, pos = self._buf, self._pos
        ends = [i for i in (buf.find('\r', pos), buf.find('\n', pos)) if i >= 0]
        if not ends:
            end = len(buf)
        else:
            end = min(ends) + 1
            if buf[end - 1] == '\r' and buf[end:end + 1] == '\n':
                end += 1
        if size is not None and size >= 0:
            end = min(end, pos + size)
        self._pos = max(pos, end)
        return buf[pos:end]

    @property
    def newlines(self):
        kinds = tuple(k for bit, k in ((1, '\r'), (2, '\n'), (4, '\r\n')) if self._seen & bit)
        return None if not kinds else kinds[0] if len(kinds) == 1 else kinds

    def _check_type(self, s):
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)

    def __repr__(self):
        return '<_io.StringIO object>'


class BytesIO(_MemoryIO):
    """Binary I/O in memory: BytesIO(initial_bytes=b'')."""

    _newline = b'\n'
    _pad = b'\0'
    _closed_message = 'I/O operation on closed file.'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        _MemoryIO.__init__(self, bytes(initial_bytes))

    def write(self, s):
        return _MemoryIO.write(self, bytes(s) if isinstance(s, bytearray) else s)

    def _check_type(self, s):
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)

    def getbuffer(self):
        return self._buf

    def __repr__(self):
        return '<_io.BytesIO object>'


# CPython's classes come from its C module _io (after the class bodies: library classes are recognised by __module__)
StringIO.__module__ = BytesIO.__module__ = '_io'
