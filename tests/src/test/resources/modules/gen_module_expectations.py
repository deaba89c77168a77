"""Generates the expectations of RandomModuleTest and MathModuleTest by running CPython 3.11.

Run from this directory:  python3 gen_module_expectations.py
Writes random_expected.txt (scenario name <TAB> repr of the result) and math_expected.txt
(function <TAB> repr of each argument... <TAB> expected: the repr of the result or "Type: message").
The Java tests perform the same scenarios / calls on MiniPy's modules and compare the repr strings.
"""
import math
import random
import sys

assert sys.version_info[:2] == (3, 11), "expectations must come from CPython 3.11"

R = random


def seeded(seed, fn):
    def run():
        R.seed(seed)
        return fn()
    return run


def err(fn):
    try:
        return repr(fn())
    except Exception as e:  # the expectation is the exception line
        return f"{type(e).__name__}: {e}"


def shuffled(n):
    x = list(range(n))
    R.shuffle(x)
    return x


RANDOM = {
    "seed42_random5": seeded(42, lambda: [R.random() for _ in range(5)]),
    "seed0_random3": seeded(0, lambda: [R.random() for _ in range(3)]),
    "seed12345_randint": seeded(12345, lambda: [R.randint(1, 100) for _ in range(10)]),
    "seed12345_randrange_step": seeded(12345, lambda: [R.randrange(0, 100, 7) for _ in range(5)]),
    "seed12345_randrange_stop": seeded(12345, lambda: [R.randrange(1000) for _ in range(5)]),
    "seed12345_randrange_negstep": seeded(12345, lambda: [R.randrange(10, -10, -3) for _ in range(5)]),
    "seed12345_choice": seeded(12345, lambda: [R.choice("abcdefg") for _ in range(8)]),
    "seed12345_shuffle": seeded(12345, lambda: shuffled(20)),
    "seed12345_sample_pool": seeded(12345, lambda: R.sample(range(100), 10)),
    "seed12345_sample_list": seeded(12345, lambda: R.sample(list("abcdefghij"), 4)),
    "seed12345_sample_set": seeded(12345, lambda: R.sample(range(10 ** 6), 5)),
    "seed12345_sample_counts": seeded(12345, lambda: R.sample(["red", "blue"], counts=[4, 2], k=5)),
    "seed12345_uniform": seeded(12345, lambda: [R.uniform(1, 10) for _ in range(3)]),
    "seed12345_choices": seeded(12345, lambda: R.choices(["a", "b", "c"], k=10)),
    "seed12345_choices_weights": seeded(12345, lambda: R.choices(["a", "b", "c"], weights=[1, 5, 10], k=10)),
    "seed12345_choices_cum": seeded(12345, lambda: R.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=6)),
    "seed12345_gauss": seeded(12345, lambda: [R.gauss(0, 1) for _ in range(5)]),
    "seed12345_gauss_musigma": seeded(12345, lambda: [R.gauss(10, 2) for _ in range(3)]),
    "seed12345_normalvariate": seeded(12345, lambda: [R.normalvariate(10, 2) for _ in range(3)]),
    "seed12345_expovariate": seeded(12345, lambda: [R.expovariate(1.5) for _ in range(3)]),
    "seed12345_triangular": seeded(12345, lambda: [R.triangular(0, 10, 3) for _ in range(3)]),
    "seed12345_getrandbits": seeded(12345, lambda: [R.getrandbits(1), R.getrandbits(31), R.getrandbits(32),
                                                     R.getrandbits(33), R.getrandbits(64), R.getrandbits(100)]),
    "seed12345_randbytes": seeded(12345, lambda: R.randbytes(10)),
    "seed12345_other_distributions": seeded(12345, lambda: [R.lognormvariate(0, 1), R.vonmisesvariate(1, 2),
                                                             R.gammavariate(0.5, 1), R.gammavariate(2.5, 1),
                                                             R.betavariate(2, 3), R.paretovariate(2),
                                                             R.weibullvariate(1, 2)]),
    "seed1_gauss_pairs": seeded(1, lambda: [R.gauss() for _ in range(4)]),
    "seed2pow100": seeded(2 ** 100, lambda: [R.random() for _ in range(3)] + [R.getrandbits(64)]),
    "seed10pow50": seeded(10 ** 50, lambda: [R.random() for _ in range(3)]),
    "seed_negative": seeded(-12345, lambda: [R.random() for _ in range(3)]),
    "seed_negative_big": seeded(-(2 ** 100), lambda: [R.random() for _ in range(3)]),
    "seed_str": seeded("hello", lambda: [R.random() for _ in range(3)]),
    "seed_str_empty": seeded("", lambda: [R.random() for _ in range(3)]),
    "seed_str_unicode": seeded("h\u00e9llo \u00fcn\u00efcode \u20ac", lambda: [R.random() for _ in range(3)]),
    "seed_bytes": seeded(b"bytes", lambda: [R.random() for _ in range(3)]),
    "seed_float": seeded(3.14, lambda: [R.random() for _ in range(3)]),
    "seed_true": seeded(True, lambda: [R.random() for _ in range(2)]),
    "seed0_bigranges": seeded(0, lambda: [R.randrange(2 ** 70), R.randint(-2 ** 80, 2 ** 80), R.randrange(10 ** 30, 10 ** 31, 7)]),
    "err_choice_empty": lambda: R.choice([]),
    "err_randrange_0": lambda: R.randrange(0),
    "err_randrange_empty": lambda: R.randrange(10, 5),
    "err_randrange_zero_step": lambda: R.randrange(0, 10, 0),
    "err_randrange_empty_step": lambda: R.randrange(0, 10, -2),
    "err_randrange_missing_stop": lambda: R.randrange(5, None, 2),
    "err_randrange_float": lambda: R.randrange(1.5),
    "err_randrange_float_stop": lambda: R.randrange(1, 2.5),
    "err_sample_too_large": lambda: R.sample([1, 2], 3),
    "err_sample_set": lambda: R.sample({1, 2}, 1),
    "err_getrandbits_negative": lambda: R.getrandbits(-1),
    "err_choices_mismatch": lambda: R.choices([1, 2], [1]),
    "err_choices_k_positional": lambda: R.choices([1, 2], 3),
    "err_choices_both": lambda: R.choices([1, 2], [1, 1], cum_weights=[1, 2]),
    "err_choices_zero_total": lambda: R.choices([1, 2], [0, 0]),
    "err_seed_list": lambda: R.seed([1]),
    "err_expovariate_zero": lambda: R.expovariate(0),
    "err_gammavariate": lambda: R.gammavariate(0, 1),
}

with open("random_expected.txt", "w", encoding="utf-8") as out:
    for name, fn in RANDOM.items():
        # A message may contain a newline (seed's TypeError): written as backslash + n.
        out.write(name + "\t" + err(fn).replace("\n", "\\n") + "\n")

inf, nan = math.inf, math.nan
BIG = 2 ** 1000
MATH = [
    ("sqrt", 2), ("sqrt", 2.0), ("sqrt", 0.0), ("sqrt", -0.0), ("sqrt", -1), ("sqrt", inf), ("sqrt", "x"), ("sqrt", BIG),
    ("sqrt", 2 ** 2000),
    ("exp", 1), ("exp", 0.5), ("exp", -745.2), ("exp", 709.0), ("exp", 710), ("exp", -inf), ("exp", nan),
    ("log", 10), ("log", 2.718281828459045), ("log", 0), ("log", -1.5), ("log", BIG), ("log", 10 ** 400), ("log", 100, 10),
    ("log", 8, 2), ("log", 10, 1), ("log", inf), ("log", 1e-320), ("log", 0.0), ("log", 2 ** 1024), ("log", 2 ** 1023 * 3),
    ("log2", 8), ("log2", 1024.0), ("log2", 2 ** 1000), ("log2", 2 ** 2000), ("log2", 0.5), ("log2", 0), ("log2", -2.0),
    ("log10", 1000), ("log10", 10 ** 400), ("log10", 0.001), ("log10", 0.0), ("log10", 2.0),
    ("log1p", 1e-10), ("log1p", -1), ("log1p", -0.0), ("log1p", 1.0),
    ("expm1", 1e-10), ("expm1", 710), ("expm1", -inf), ("expm1", 1.0),
    ("pow", 2, 10), ("pow", 2.0, 0.5), ("pow", -8, 1 / 3), ("pow", 0.0, -1), ("pow", 10, 400), ("pow", nan, 0),
    ("pow", 1, nan), ("pow", -inf, 3), ("pow", -inf, -3), ("pow", -inf, 2), ("pow", 0.5, -inf), ("pow", 2, -inf),
    ("pow", -1, inf), ("pow", 10, -400), ("pow", -2.0, 3),
    ("fabs", -3), ("fabs", -0.0), ("fabs", -inf),
    ("fmod", 10, 3), ("fmod", -10, 3), ("fmod", 10, -3), ("fmod", 1, 0), ("fmod", inf, 1), ("fmod", 1, inf), ("fmod", 5.5, 2.0),
    ("modf", 3.5), ("modf", -3.5), ("modf", -3.0), ("modf", inf), ("modf", -inf), ("modf", nan), ("modf", 0.0),
    ("frexp", 8.0), ("frexp", 0.0), ("frexp", -0.1), ("frexp", 5e-324), ("frexp", 1e308), ("frexp", inf), ("frexp", 7),
    ("ldexp", 1.0, 10), ("ldexp", 0.5, -1074), ("ldexp", 1.0, -1075), ("ldexp", 1.0, 1024), ("ldexp", 1.0, 2 ** 100),
    ("ldexp", 1.0, -2 ** 100), ("ldexp", 1.0, 1.5), ("ldexp", inf, -5), ("ldexp", 3, 2),
    ("copysign", 1.0, -0.0), ("copysign", 3, -1), ("copysign", -2.0, 1), ("copysign", 1.0, nan),
    ("hypot",), ("hypot", 3, 4), ("hypot", 3.0), ("hypot", -3.0), ("hypot", 1, 2, 3), ("hypot", 1e308, 1e308),
    ("hypot", 1e-320, 1e-320), ("hypot", inf, nan), ("hypot", nan, 1), ("hypot", 0.1, 0.2, 0.3, 0.4, 0.5),
    ("hypot", 1.0000000000000002, 1e-8),
    ("dist", (0, 0), (3, 4)), ("dist", [1.5, 2.5, 3.5], [0.1, 0.2, 0.3]), ("dist", (1,), (1, 2)),
    ("atan2", 1, 1), ("atan2", 0.0, -0.0), ("atan2", -0.0, -1.0), ("atan2", inf, -inf), ("atan2", inf, 1), ("atan2", 1, inf),
    ("atan2", 1, -inf), ("atan2", nan, 1),
    ("sin", 0.5), ("sin", 1e22), ("sin", inf), ("sin", -0.0), ("cos", 1.0), ("cos", inf), ("tan", 0.5), ("tan", -inf),
    ("asin", 0.5), ("asin", 2), ("asin", -1), ("acos", 0.5), ("acos", -1.5), ("acos", 1), ("atan", 1), ("atan", inf), ("atan", -inf),
    ("sinh", 1.0), ("sinh", 711), ("cosh", 1.0), ("cosh", -711), ("cosh", inf), ("tanh", 0.5), ("tanh", -inf), ("tanh", 20),
    ("asinh", 1.0), ("asinh", -1e300), ("asinh", 1e-30), ("asinh", 0.75), ("asinh", 3.0),
    ("acosh", 1), ("acosh", 0.5), ("acosh", 1.5), ("acosh", 3.0), ("acosh", 1e300), ("acosh", inf),
    ("atanh", 0.5), ("atanh", 1), ("atanh", -1), ("atanh", 2), ("atanh", 0.1), ("atanh", -0.75), ("atanh", 1e-30),
    ("cbrt", 27), ("cbrt", -8.0), ("cbrt", 2.0), ("cbrt", 1e-300), ("cbrt", 0.1), ("cbrt", -0.0), ("cbrt", inf),
    ("exp2", 10), ("exp2", 0.5), ("exp2", 1025),
    ("degrees", math.pi), ("degrees", 1), ("radians", 180), ("radians", 45.5),
    ("erf", 0.0), ("erf", 0.5), ("erf", 1.0), ("erf", -1.5), ("erf", 3.0), ("erf", 7.0), ("erf", 1e-300), ("erf", inf), ("erf", nan),
    ("erf", 0.1), ("erf", 2.5), ("erf", -0.3),
    ("erfc", 0.0), ("erfc", 0.3), ("erfc", 1.0), ("erfc", -1.0), ("erfc", 2.0), ("erfc", 5.0), ("erfc", 27.0), ("erfc", 30.0),
    ("erfc", -7.0), ("erfc", -inf), ("erfc", 1e-20),
    ("gamma", 5), ("gamma", 0.5), ("gamma", -0.5), ("gamma", 0), ("gamma", -1), ("gamma", 171.5), ("gamma", 172), ("gamma", -inf),
    ("gamma", inf), ("gamma", 1e-25), ("gamma", 23), ("gamma", 24), ("gamma", 150.5), ("gamma", -150.5), ("gamma", -250.5),
    ("gamma", 3.7),
    ("lgamma", 1), ("lgamma", 2), ("lgamma", 0.5), ("lgamma", -0.5), ("lgamma", 0), ("lgamma", -2), ("lgamma", 100),
    ("lgamma", inf), ("lgamma", -inf), ("lgamma", 1e-25), ("lgamma", 3.7), ("lgamma", 1e306),
    ("floor", 2.5), ("floor", -2.5), ("floor", 7), ("floor", True), ("floor", 1e300), ("floor", inf), ("floor", nan), ("floor", "x"),
    ("floor", BIG),
    ("ceil", 2.1), ("ceil", -2.1), ("ceil", -0.5), ("ceil", 10 ** 30), ("ceil", -inf),
    ("trunc", 2.9), ("trunc", -2.9), ("trunc", 5), ("trunc", "x"), ("trunc", 1e20), ("trunc", nan),
    ("isclose", 1.0, 1.0 + 1e-10), ("isclose", 1.0, 1.1), ("isclose", inf, inf), ("isclose", inf, -inf), ("isclose", nan, nan),
    ("isclose", 0.0, 1e-10),
    ("isfinite", 1), ("isfinite", inf), ("isinf", -inf), ("isinf", 1e308), ("isnan", nan), ("isnan", 0), ("isnan", "x"),
    ("gcd",), ("gcd", 12), ("gcd", -12), ("gcd", 12, 18), ("gcd", 12, 18, 8), ("gcd", 0, 0), ("gcd", -4, 6), ("gcd", 2 ** 100, 6 ** 50),
    ("gcd", 1.5, 2), ("gcd", True, 4),
    ("lcm",), ("lcm", 4, 6), ("lcm", 4, 6, 10), ("lcm", 0, 5), ("lcm", -4, 6), ("lcm", 2 ** 64, 3), ("lcm", 4.0),
    ("factorial", 0), ("factorial", 5), ("factorial", 20), ("factorial", 21), ("factorial", 50), ("factorial", -1),
    ("factorial", 5.0), ("factorial", "5"), ("factorial", True), ("factorial", 2 ** 63), ("factorial", -(2 ** 63)),
    ("comb", 5, 2), ("comb", 10, 0), ("comb", 5, 6), ("comb", 100, 50), ("comb", -1, 2), ("comb", 5, -1), ("comb", 5.0, 2),
    ("comb", 2 ** 70, 2), ("comb", 2 ** 70, 2 ** 70 - 1),
    ("perm", 5, 2), ("perm", 5), ("perm", 5, 6), ("perm", 5, None), ("perm", 20, 20), ("perm", -1, 1), ("perm", 1, -1),
    ("isqrt", 0), ("isqrt", 17), ("isqrt", 10 ** 40), ("isqrt", 2 ** 127 - 1), ("isqrt", -1), ("isqrt", 4.0), ("isqrt", True),
    ("prod", [1, 2, 3, 4]), ("prod", []), ("prod", [0.5, 4]), ("prod", [2 ** 40, 2 ** 40]), ("prod", range(1, 21)),
    ("prod", ["a", 3]),
    ("fsum", [0.1] * 10), ("fsum", [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), ("fsum", []), ("fsum", [1, 2, 3]),
    ("fsum", [1e308, 1e308]), ("fsum", [inf, 1.0]), ("fsum", [inf, -inf]), ("fsum", [nan, 1.0]), ("fsum", [1e-16, 1, 1e16]),
    ("fsum", [0.1, 0.2, 0.3]), ("fsum", ["a"]), ("fsum", [2 ** 53, 1.0, 1.0]), ("fsum", [-0.0, -0.0]),
    ("fsum", [1.0, 1e-16, 1e-16, 1e-16, 1e-16]),
    ("remainder", 10, 3), ("remainder", 11, 2), ("remainder", 9, 2), ("remainder", -7.5, 2), ("remainder", 1, 0),
    ("remainder", inf, 1), ("remainder", 1, inf),
    ("nextafter", 1.0, 2.0), ("nextafter", 0.0, -1.0), ("nextafter", 1.0, 1.0),
    ("ulp", 1.0), ("ulp", 0.0), ("ulp", 1e308), ("ulp", 1.7976931348623157e308), ("ulp", -inf), ("ulp", nan),
]

with open("math_expected.txt", "w", encoding="utf-8") as out:
    for name, *args in MATH:
        result = err(lambda: getattr(math, name)(*args))
        out.write("\t".join([name] + [repr(a) for a in args] + [result]) + "\n")

# Constants.
with open("math_expected.txt", "a", encoding="utf-8") as out:
    for name in ("pi", "e", "tau", "inf", "nan"):
        out.write(f"const\t{name!r}\t{getattr(math, name)!r}\n")
