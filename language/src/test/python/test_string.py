# Exercises string; prints results (compared against CPython's).
from _stdlib_select import load
string = load("string")

for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits',
             'octdigits', 'punctuation', 'whitespace', 'printable']:
    print(name, repr(getattr(string, name)), len(getattr(string, name)))

print(string.capwords('hello   world  from python'), string.capwords('  lead and trail  '))
print(string.capwords('a-b-c', '-'), string.capwords('x--y', '-'), repr(string.capwords('')), string.capwords("it's MIXED case"))
print(string.capwords('tab\tseparated\nlines'))

T = string.Template
t = T('$who likes $what')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'a', 'what': 'b'}, what='override'))
print(T('${noun}ification and $$5 and $$$x').substitute(noun='Pun', x=1))
print(T('no placeholders').substitute(), T('').substitute(), T('$x$y${z}').substitute(x=1, y=2.5, z=[3]))
print(T('$a_b1 ${_c}x $A').substitute(a_b1='A', _c='C', A='up'))
print(T('$x.$y!').substitute(x='a', y='b'), T('costs $$$price').substitute(price=10))
print(t.safe_substitute(who='tim'), T('${missing} $also $$ $').safe_substitute())
print(T('${ x} $1 ${x $ end').safe_substitute(x=1))
print(T('Ünïcode $x').substitute(x='ok'), T('$é').safe_substitute())
for tmpl, kw in [('$who likes $what', {'who': 'x'}), ('bad $', {}), ('bad $1', {}), ('line1\n  $ x', {}),
                 ('a\n$', {}), ('${x', {'x': 1}), ('${}', {}), ('\n\n  ${ y}', {})]:
    try:
        print(repr(T(tmpl).substitute(**kw)))
    except KeyError as e:
        print('KeyError', e)
    except ValueError as e:
        print('ValueError', e)
print(t.template, T('a $x ${y} $$ $').get_identifiers(), T('$x $x ${x} $y').get_identifiers())
print(T('$x').is_valid(), T('$').is_valid(), T('${1}').is_valid(), T('$$').is_valid())

class Percent(T):
    delimiter = '%'
p = Percent('%name is %% %{age}yo')
print(p.substitute(name='Bo', age=3), Percent('%x and $x').safe_substitute(x=1))
print(T('$x').substitute(x=T('nested')).__class__.__name__)
