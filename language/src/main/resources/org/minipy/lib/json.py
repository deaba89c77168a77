"""json -- JSON encoder and decoder.

MiniPy's own pure-Python implementation of the standard ``json`` module,
written from the documented behaviour: dumps/dump (indent, separators,
sort_keys, ensure_ascii, allow_nan, check_circular, skipkeys, default, cls)
and loads/load (with the hooks object_hook, object_pairs_hook, parse_float,
parse_int, parse_constant). As CPython's C accelerator, the Java module _json
does the work of dumps (unless a subclass overrides iterencode) and loads.
Errors are JSONDecodeError (a ValueError) with CPython's messages.
"""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder',
           'JSONDecodeError', 'JSONEncoder']

import _json

INFINITY = float('inf')


################################################################################
# Errors
################################################################################

class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    __module__ = 'json.decoder'     # where CPython defines it (tracebacks name it so)

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


################################################################################
# Encoding
################################################################################

_encode_string = _json.encode_string


class JSONEncoder:
    """Extensible JSON encoder: override default() to serialise other types.

    Python dict, list, tuple, str, int, float, True, False and None map to
    JSON object, array, array, string, number, number, true, false, null.
    """

    item_separator = ', '
    key_separator = ': '

    __module__ = 'json.encoder'

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serialisable object for o, or raise TypeError."""
        raise TypeError('Object of type %s is not JSON serializable'
                        % o.__class__.__name__)

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            return _encode_string(o, self.ensure_ascii)
        if type(self).iterencode is JSONEncoder.iterencode:
            # the one-pass encoder in Java gives the same text as the chunks
            return _json.encode(self, o, self._indent_text())
        return ''.join(self.iterencode(o))

    def _indent_text(self):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return indent

    def iterencode(self, o, _one_shot=False):
        """Encode o, returning the pieces of the JSON text as a list."""
        state = _EncodeState(self, self._indent_text())
        chunks = []
        state.encode(o, 0, chunks)
        return chunks


class _EncodeState:
    def __init__(self, encoder, indent):
        self.encoder = encoder
        self.indent = indent
        self.markers = {} if encoder.check_circular else None
        self.item_separator = encoder.item_separator
        self.key_separator = encoder.key_separator
        self.ensure_ascii = encoder.ensure_ascii

    def float_str(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.encoder.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def mark(self, o):
        if self.markers is not None:
            marker = id(o)
            if marker in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[marker] = o

    def unmark(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def encode(self, o, level, chunks):
        if isinstance(o, str):
            chunks.append(_encode_string(o, self.ensure_ascii))
        elif o is None:
            chunks.append('null')
        elif o is True:
            chunks.append('true')
        elif o is False:
            chunks.append('false')
        elif isinstance(o, int):
            chunks.append(int.__repr__(o))
        elif isinstance(o, float):
            chunks.append(self.float_str(o))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, level, chunks)
        elif isinstance(o, dict):
            self.encode_dict(o, level, chunks)
        else:
            self.mark(o)
            replacement = self.encoder.default(o)
            self.encode(replacement, level, chunks)
            self.unmark(o)

    def scalar(self, o):
        # the JSON text of a str, None, bool, int or float; None otherwise
        if isinstance(o, str):
            return _encode_string(o, self.ensure_ascii)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.float_str(o)
        return None

    def encode_list(self, lst, level, chunks):
        if not lst:
            chunks.append('[]')
            return
        self.mark(lst)
        # CPython's chunks: a scalar item shares its chunk with the bracket or
        # separator before it ('[1', ', 2'), a container does not
        buf = '['
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            separator = self.item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = self.item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = self.scalar(value)
            if text is not None:
                chunks.append(buf + text)
            else:
                chunks.append(buf)
                self.encode(value, level, chunks)
        if newline_indent is not None:
            level -= 1
            chunks.append('\n' + self.indent * level)
        chunks.append(']')
        self.unmark(lst)

    def key_str(self, key):
        # The JSON text of a dict key, or None to skip it.
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_str(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.encoder.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not %s'
                        % key.__class__.__name__)

    def encode_dict(self, dct, level, chunks):
        if not dct:
            chunks.append('{}')
            return
        self.mark(dct)
        chunks.append('{')
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            separator = self.item_separator + newline_indent
            chunks.append(newline_indent)
        else:
            newline_indent = None
            separator = self.item_separator
        items = list(dct.items())
        if self.encoder.sort_keys:
            items.sort()
        first = True
        for key, value in items:
            key = self.key_str(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                chunks.append(separator)
            chunks.append(_encode_string(key, self.ensure_ascii))
            chunks.append(self.key_separator)
            self.encode(value, level, chunks)
        if newline_indent is not None:
            level -= 1
            chunks.append('\n' + self.indent * level)
        chunks.append('}')
        self.unmark(dct)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (which has write())."""
    if cls is None:
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                  check_circular=check_circular, allow_nan=allow_nan,
                  indent=indent, separators=separators, default=default,
                  sort_keys=sort_keys, **kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


################################################################################
# Decoding
################################################################################

_CONSTANTS = {'NaN': float('nan'), 'Infinity': INFINITY,
              '-Infinity': -INFINITY}


_skip_ws = _json.skip_ws


class JSONDecoder:
    """Simple JSON decoder; see loads() for the meaning of the hooks."""

    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python representation of the JSON document s."""
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON value starting at s[idx]; return (value, end)."""
        decoded = _json.decode(self, s, idx)
        if len(decoded) == 3:
            raise JSONDecodeError(decoded[1], s, decoded[2])
        return decoded


def _detect_encoding(b):
    bstartswith = b.startswith
    if bstartswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if bstartswith(b'\xff\xfe\x00\x00') or bstartswith(b'\x00\x00\xfe\xff'):
        return 'utf-32'
    if bstartswith(b'\xff\xfe') or bstartswith(b'\xfe\xff'):
        return 'utf-16'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding a JSON document)."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)',
                                  s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError('the JSON object must be str, bytes or bytearray, '
                            'not %s' % s.__class__.__name__)
        s = s.decode(_detect_encoding(s), 'surrogatepass')
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize fp (which has read()) holding a JSON document."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def _submodule(name, **names):
    # CPython's json is a package whose decoder and encoder submodules hold the classes; programs name them as
    # json.decoder.JSONDecodeError or import them from there. Here they are views of this module's classes.
    import sys
    module = type(sys)('json.' + name)
    module.__dict__.update(names)
    sys.modules['json.' + name] = module
    return module


decoder = _submodule('decoder', JSONDecoder=JSONDecoder, JSONDecodeError=JSONDecodeError)
encoder = _submodule('encoder', JSONEncoder=JSONEncoder)
