"""string -- common string constants, capwords(), Formatter and Template.

MiniPy's own pure-Python implementation of (a subset of) the standard
``string`` module, written from the documented behaviour.  Formatter parses
format strings itself (CPython uses the C helper ``_string``), with the same
results and error messages as str.format.  Template parses
``$name``, ``${name}`` and ``$$`` by hand (no regular expressions), so a
subclass may change ``delimiter``; one that sets its own ``idpattern``,
``braceidpattern``, ``pattern`` or ``flags`` is refused (NotImplementedError).
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words with s.split(sep), capitalize each word and join
    them with sep (a single space when sep is None)."""
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


_ID_START = '_' + ascii_letters
_ID_CHARS = _ID_START + digits


def _identifier_end(text, start):
    # Index just past an identifier starting at start, or start if none.
    if start >= len(text) or text[start] not in _ID_START:
        return start
    end = start + 1
    while end < len(text) and text[end] in _ID_CHARS:
        end += 1
    return end


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init_subclass__(cls, **kwargs):
        # placeholders are scanned by hand, so a subclass's own patterns would
        # be ignored: refuse them rather than substitute differently
        super().__init_subclass__(**kwargs)
        for name in ('idpattern', 'braceidpattern', 'pattern', 'flags'):
            if name in cls.__dict__ and cls.__dict__[name] != getattr(Template, name, None):
                raise NotImplementedError(
                    "string.Template subclasses with their own %s are not "
                    "supported by MiniPy (it has no regular expressions)" % name)

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yield (start, end, kind, name) for each placeholder, where kind is
        'escaped', 'named', 'braced' or 'invalid'."""
        text = self.template
        delim = self.delimiter
        size = len(delim)
        pos = 0
        while True:
            start = text.find(delim, pos)
            if start < 0:
                return
            after = start + size
            if text.startswith(delim, after):
                yield (start, after + size, 'escaped', None)
                pos = after + size
                continue
            end = _identifier_end(text, after)
            if end > after:
                yield (start, end, 'named', text[after:end])
                pos = end
                continue
            if after < len(text) and text[after] == '{':
                end = _identifier_end(text, after + 1)
                if end > after + 1 and end < len(text) and text[end] == '}':
                    yield (start, end + 1, 'braced', text[after + 1:end])
                    pos = end + 1
                    continue
            yield (start, after, 'invalid', None)
            pos = after

    def _invalid(self, index):
        lines = self.template[:index].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = index - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (lineno, colno))

    def _lookup(self, mapping, kws, name):
        if name in kws:
            return kws[name]
        return mapping[name]

    def substitute(self, mapping=None, /, **kws):
        """Substitute every placeholder; a missing name raises KeyError and
        a malformed placeholder raises ValueError."""
        if mapping is None:
            mapping = {}
        parts = []
        pos = 0
        for start, end, kind, name in self._scan():
            parts.append(self.template[pos:start])
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                # Located like CPython: just after the delimiter.
                self._invalid(end)
            else:
                parts.append('%s' % (self._lookup(mapping, kws, name),))
            pos = end
        parts.append(self.template[pos:])
        return ''.join(parts)

    def safe_substitute(self, mapping=None, /, **kws):
        """Like substitute(), but leaves missing names and malformed
        placeholders unchanged."""
        if mapping is None:
            mapping = {}
        parts = []
        pos = 0
        for start, end, kind, name in self._scan():
            parts.append(self.template[pos:start])
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                parts.append(self.delimiter)
            else:
                try:
                    parts.append('%s' % (self._lookup(mapping, kws, name),))
                except KeyError:
                    parts.append(self.template[start:end])
            pos = end
        parts.append(self.template[pos:])
        return ''.join(parts)

    def is_valid(self):
        """Return False if the template has a malformed placeholder."""
        for start, end, kind, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        """Return the placeholder names, in order of first appearance."""
        ids = []
        for start, end, kind, name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


################################################################################
# Formatter
################################################################################

def _parse_format(text):
    # Yields (literal_text, field_name, format_spec, conversion) like
    # Formatter.parse; '{{' and '}}' end a literal run with the brace kept.
    n = len(text)
    i = 0
    literal = []
    while i < n:
        c = text[i]
        if c == '}':
            if i + 1 < n and text[i + 1] == '}':
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and text[i + 1] == '{':
            literal.append('{')
            yield ''.join(literal), None, None, None
            literal = []
            i += 2
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        end, name, conversion, spec = _scan_field(text, i + 1)
        yield ''.join(literal), name, spec, conversion
        literal = []
        i = end
    if literal:
        yield ''.join(literal), None, None, None


def _scan_field(text, start):
    # Scans the replacement field that starts after '{' at start; returns the
    # index past its '}', the field name, the conversion and the spec.
    n = len(text)
    i = start
    while i < n and text[i] not in '!:}':
        if text[i] == '[':
            while i < n and text[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("expected '}' before end of string")
        elif text[i] == '{':
            raise ValueError("unexpected '{' in field name")
        i += 1
    if i >= n:
        raise ValueError("expected '}' before end of string")
    name = text[start:i]
    conversion = None
    if text[i] == '!':
        if i + 1 >= n or i + 2 >= n:
            raise ValueError("unmatched '{' in format spec")
        conversion = text[i + 1]
        i += 2
        if text[i] not in ':}':
            raise ValueError("expected ':' after conversion specifier")
    if text[i] == '}':
        return i + 1, name, conversion, ''
    i += 1
    spec_start = i
    depth = 1
    while i < n:
        if text[i] == '{':
            depth += 1
        elif text[i] == '}':
            depth -= 1
            if depth == 0:
                return i + 1, name, conversion, text[spec_start:i]
        i += 1
    raise ValueError("unmatched '{' in format spec")


def _split_field_name(name):
    # 'a.b[0]' -> ('a', iterator of (True, 'b'), (False, 0)); digit strings
    # become ints.  The rest is parsed lazily, as in CPython, so a missing
    # first value is reported before a malformed rest.
    n = len(name)
    i = 0
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    return first, _field_rest(name, i)


def _field_rest(name, i):
    n = len(name)
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            if j == i + 1:
                raise ValueError('Empty attribute in format string')
            yield True, name[i + 1:j]
            i = j
        elif name[i] == '[':
            j = name.find(']', i + 1)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            if j == i + 1:
                raise ValueError('Empty attribute in format string')
            key = name[i + 1:j]
            yield False, int(key) if key.isdigit() else key
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError(
                    "Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError(
                "Only '.' or '[' may follow ']' in format field specifier")


class Formatter:
    """The machinery of str.format, with overridable steps."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, depth,
                 auto_arg_index=0):
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        parts = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                parts.append(literal)
            if field_name is None:
                continue
            # auto_arg_index is False once a field was numbered by hand.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args,
                                                 depth - 1, auto_arg_index)
            parts.append(self.format_field(obj, spec))
        return ''.join(parts), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % (conversion,))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
