"""Generates set_order.txt: random scripts of set operations with the element order CPython 3.11 gives.

Run with CPython 3.11 from this directory:
    python3 gen_set_order.py > ../resources/org/minipy/tests/builtins/set_order.txt

Each line is `op; op; ... :: output | output | ...`. Values: ints (any size), `t1:2` for the tuple (1, 2),
`f1.5` for a float. Ops (registers are letters):
    new R KIND v,v,...     KIND: set (set(list)), frozenset, display (a literal {..} compiled by CPython), comp
                           (a literal of 3+ constants is a frozenset constant, built twice by the compiler)
    add R v | remove R v | discard R v | pop R (outputs the value) | clear R | print R (outputs the elements)
    bin R X OP Y           R = X OP Y, OP in | & - ^
    ibin X OP Y            X OP= Y
    meth R X NAME Y...     R = X.NAME(Y, ...)      (union intersection difference symmetric_difference copy)
    umeth X NAME Y...      X.NAME(Y, ...)          (update intersection_update difference_update ...)
    lmeth R X NAME v,v     R = X.NAME([v, v])      (the argument is a list, not a set)
    lumeth X NAME v,v      X.NAME([v, v])
    fhash R                outputs hash(frozenset(R))
"""
import random
import sys

assert sys.version_info[:2] == (3, 11), "expectations must come from CPython 3.11"


def fmt(v):
    if isinstance(v, tuple):
        return "t" + ":".join(str(x) for x in v)
    if isinstance(v, float):
        return "f" + repr(v)
    return str(v)


def parse(tok):
    if tok.startswith("t"):
        return tuple(int(x) for x in tok[1:].split(":"))
    if tok.startswith("f"):
        return float(tok[1:])
    return int(tok)


def parse_list(text):
    return [parse(t) for t in text.split(",")] if text else []


def run(ops):
    regs = {}
    out = []
    for op in ops:
        p = op.split(" ")
        k = p[0]
        if k == "new":
            vals = parse_list(p[3] if len(p) > 3 else "")
            kind = p[2]
            if kind == "set":
                regs[p[1]] = set(vals)
            elif kind == "frozenset":
                regs[p[1]] = frozenset(vals)
            elif kind == "display":
                regs[p[1]] = eval("{" + ", ".join(repr(v) for v in vals) + "}")
            else:
                regs[p[1]] = {x for x in vals}
        elif k == "add":
            regs[p[1]].add(parse(p[2]))
        elif k == "remove":
            regs[p[1]].remove(parse(p[2]))
        elif k == "discard":
            regs[p[1]].discard(parse(p[2]))
        elif k == "pop":
            out.append(fmt(regs[p[1]].pop()))
        elif k == "clear":
            regs[p[1]].clear()
        elif k == "print":
            out.append(",".join(fmt(v) for v in regs[p[1]]))
        elif k == "bin":
            x, y = regs[p[2]], regs[p[4]]
            regs[p[1]] = {"|": lambda: x | y, "&": lambda: x & y, "-": lambda: x - y, "^": lambda: x ^ y}[p[3]]()
        elif k == "ibin":
            x, y = regs[p[1]], regs[p[3]]
            if p[2] == "|":
                x |= y
            elif p[2] == "&":
                x &= y
            elif p[2] == "-":
                x -= y
            else:
                x ^= y
            regs[p[1]] = x
        elif k == "meth":
            regs[p[1]] = getattr(regs[p[2]], p[3])(*[regs[r] for r in p[4:]])
        elif k == "umeth":
            getattr(regs[p[1]], p[2])(*[regs[r] for r in p[3:]])
        elif k == "lmeth":
            regs[p[1]] = getattr(regs[p[2]], p[3])(parse_list(p[4] if len(p) > 4 else ""))
        elif k == "lumeth":
            getattr(regs[p[1]], p[2])(parse_list(p[3] if len(p) > 3 else ""))
        elif k == "fhash":
            out.append(str(hash(frozenset(regs[p[1]]))))
        else:
            raise ValueError(op)
    return out


def values(rng):
    style = rng.choice(["small", "wide", "neg", "stride", "huge", "tuple", "mixed", "float"])
    n = rng.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 13, 20, 33, 60, 120])
    if style == "small":
        gen = lambda: rng.randrange(0, 64)
    elif style == "wide":
        gen = lambda: rng.randrange(-10**6, 10**6)
    elif style == "neg":
        gen = lambda: -rng.randrange(1, 200)
    elif style == "stride":
        s = rng.choice([8, 16, 32, 64, 1024])
        gen = lambda: s * rng.randrange(0, 40) + rng.randrange(0, 2)
    elif style == "huge":
        gen = lambda: rng.choice([1, -1]) * (rng.randrange(0, 2**70))
    elif style == "tuple":
        gen = lambda: tuple(rng.randrange(-5, 10) for _ in range(rng.randrange(0, 4)))
    elif style == "float":
        gen = lambda: rng.randrange(-100, 100) / rng.choice([1, 2, 4, 10])
    else:
        gen = lambda: rng.choice([rng.randrange(0, 50), (rng.randrange(0, 5), rng.randrange(0, 5)), -rng.randrange(1, 50)])
    return [gen() for _ in range(n)], gen


def case(rng):
    ops = []
    regs = []
    gens = {}
    for r in "ABC":
        vals, gen = values(rng)
        kind = rng.choice(["set", "set", "display", "comp", "frozenset"])
        ops.append("new %s %s %s" % (r, kind, ",".join(fmt(v) for v in vals)))
        regs.append(r)
        gens[r] = gen
    live = {r: None for r in regs}
    for _ in range(rng.randrange(1, 8)):
        kind = rng.choice(["churn", "churn", "add", "remove", "pop", "bin", "ibin", "meth", "umeth", "lmeth", "lumeth", "print", "clear"])
        x = rng.choice(regs)
        y = rng.choice(regs)
        if kind == "churn":
            pool = [gens[x]() for _ in range(rng.randrange(2, 20))]
            for _ in range(rng.randrange(5, 40)):
                ops.append("%s %s %s" % (rng.choice(["add", "discard"]), x, fmt(rng.choice(pool))))
        elif kind == "add":
            for _ in range(rng.randrange(1, 12)):
                ops.append("add %s %s" % (x, fmt(gens[x]())))
        elif kind == "remove":
            ops.append("discard %s %s" % (x, fmt(gens[x]())))
        elif kind == "pop":
            ops.append("pop %s" % x)
        elif kind == "clear":
            ops.append("clear %s" % x)
        elif kind == "print":
            ops.append("print %s" % x)
        elif kind == "bin":
            ops.append("bin %s %s %s %s" % (rng.choice("DE"), x, rng.choice("|&-^"), y))
        elif kind == "ibin":
            ops.append("ibin %s %s %s" % (x, rng.choice("|&-^"), y))
        elif kind == "meth":
            name = rng.choice(["union", "intersection", "difference", "symmetric_difference", "copy"])
            args = [] if name == "copy" else [y] + ([rng.choice(regs)] if name != "symmetric_difference" and rng.random() < 0.3 else [])
            ops.append(" ".join(["meth", rng.choice("DE"), x, name] + args))
        elif kind == "umeth":
            name = rng.choice(["update", "intersection_update", "difference_update", "symmetric_difference_update"])
            ops.append(" ".join(["umeth", x, name, y]))
        elif kind == "lmeth":
            name = rng.choice(["union", "intersection", "difference", "symmetric_difference"])
            vals = [gens[x]() for _ in range(rng.randrange(0, 15))]
            ops.append("lmeth %s %s %s %s" % (rng.choice("DE"), x, name, ",".join(fmt(v) for v in vals)))
        else:
            name = rng.choice(["update", "intersection_update", "difference_update", "symmetric_difference_update"])
            vals = [gens[x]() for _ in range(rng.randrange(0, 15))]
            ops.append("lumeth %s %s %s" % (x, name, ",".join(fmt(v) for v in vals)))
        if ops[-1].split(" ")[0] in ("bin", "meth", "lmeth"):
            target = ops[-1].split(" ")[1]
            gens[target] = gens[x]
            if target not in regs:
                regs.append(target)
    for r in regs:
        ops.append("print %s" % r)
    ops.append("fhash A")
    return ops


def main():
    rng = random.Random(20240611)
    fixed = [
        ["new A display 5,3,1,10,100", "print A"],
        ["new A set 5,3,1,10,100", "print A"],
        ["new A display 1,2", "print A"],
        ["new A comp 100,5,3,1,10", "print A"],
        ["new A set -1,-2,-3,-4,8,16", "print A", "fhash A"],
        ["new A set t1:2,t3:4,t5:6,t0:0,t", "print A", "fhash A"],
    ]
    for _ in range(700):
        fixed.append(case(rng))
    for ops in fixed:
        try:
            out = run(ops)
        except Exception:
            # writable ops on a frozenset and the like: skip the script
            continue
        print("; ".join(ops) + " :: " + " | ".join(out))


main()
