"""string -- common string constants, capwords() and Template.

MiniPy's own pure-Python implementation of (a subset of) the standard
``string`` module, written from the documented behaviour.  Template parses
``$name``, ``${name}`` and ``$$`` by hand (no regular expressions), so a
subclass may change ``delimiter`` but not ``idpattern``/``pattern``.
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Template']

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
    braceidpattern = None

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
