# Exercises bisect; prints results (compared against CPython's bisect).
from _stdlib_select import load
bisect = load("bisect")

a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in range(-1, 15):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
    print(' ', bisect.bisect_left(a, x, 2), bisect.bisect_right(a, x, 1, 5),
          bisect.bisect_left(a, x, hi=3), bisect.bisect(a, x, 4, 4))
print(bisect.bisect_left([], 3), bisect.bisect_right([], 3))

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    bisect.insort(b, x)
    print(b)
c = []
for x in [3.0, 3, 1, 3.0, 2]:
    bisect.insort_left(c, x)
    bisect.insort_right(c, x)
print(c, [type(v).__name__ for v in c])

recs = [('alice', 30), ('bob', 25), ('carol', 35), ('dave', 25)]
recs.sort(key=lambda r: r[1])
print(recs)
ages = lambda r: r[1]
for age in (20, 25, 30, 40):
    print(age, bisect.bisect_left(recs, age, key=ages), bisect.bisect_right(recs, age, key=ages))
bisect.insort(recs, ('erin', 25), key=ages)
bisect.insort_left(recs, ('fred', 25), key=ages)
bisect.insort_right(recs, ('gina', 99), key=ages)
print(recs)

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

try:
    bisect.bisect_left(a, 3, -1)
except ValueError as e:
    print('ValueError', e)
try:
    bisect.insort(a, 3, lo=-2)
except ValueError as e:
    print('ValueError', e)
print(bisect.bisect_right(a, 2, 0, 100) if False else 'skip')
