#!/usr/bin/env python3
"""The numpy benchmarks side by side: each script runs under ./mpy and under CPython with numpy (Debian's
/usr/bin/python3 unless PYTHON is set; skipped when that Python has no numpy), the "check:" lines of both must agree,
and the "measure:" lines are printed one under the other with their numbers.

    python3 bench/numpy_compare.py [--runs R] [name ...]     (names: matmul_gflops matmul_threads)

CPython runs with OPENBLAS_NUM_THREADS=1 (and the other BLAS thread variables) so that its matrix product uses one
thread, as MiniPy's does. Each script runs R times (default 3), alternating MiniPy and CPython; every number shown is
the median over the runs. The machine's load average is printed before and after: on a shared machine, compare only
numbers taken at a similar load.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT = ["matmul_gflops", "matmul_threads"]
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def find_python():
    for py in [os.environ.get("PYTHON"), "/usr/bin/python3", "python3"]:
        if py and subprocess.run([py, "-c", "import numpy"], capture_output=True).returncode == 0:
            return py
    return None


def run(cmd, env):
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env)
    if p.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({p.returncode}):\n{p.stdout}\n{p.stderr}")
    checks = [l for l in p.stdout.splitlines() if l.startswith("check:")]
    measures = [l[len("measure:"):].strip() for l in p.stdout.splitlines() if l.startswith("measure:")]
    return checks, measures


def medians(runs):
    """Per measure line: the line's text with each number replaced by its median over the runs."""
    out = []
    for lines in zip(*runs):
        nums = [[float(x) for x in NUMBER.findall(l)] for l in lines]
        med = [statistics.median(col) for col in zip(*nums)]
        parts = NUMBER.split(lines[0])
        text = parts[0]
        for value, literal, rest in zip(med, NUMBER.findall(lines[0]), parts[1:]):
            text += (f"{value:.{len(literal.split('.')[1])}f}" if "." in literal else f"{value:.0f}") + rest
        out.append(text)
    return out


def loadavg():
    try:
        return open("/proc/loadavg").read().split()[0]
    except OSError:
        return "?"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    python = find_python()
    env_py = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    print(f"load average {loadavg()}; CPython: {python or 'none with numpy (skipped)'}")
    for name in args.names or DEFAULT:
        script = os.path.join("bench", f"numpy_{name}.py")
        results = {"MiniPy": [], "CPython": []}
        checks = {}
        for _ in range(args.runs):
            c, m = run([os.path.join(ROOT, "mpy"), script], os.environ)
            checks["MiniPy"] = c
            results["MiniPy"].append(m)
            if python:
                c, m = run([python, script], env_py)
                checks["CPython"] = c
                results["CPython"].append(m)
        print(f"== {script} (median of {args.runs} runs)")
        if python and checks["MiniPy"] != checks["CPython"]:
            print("   CHECK LINES DIFFER:\n   MiniPy:  " + "\n            ".join(checks["MiniPy"])
                  + "\n   CPython: " + "\n            ".join(checks["CPython"]))
        for who in ("MiniPy", "CPython"):
            if results[who]:
                for line in medians(results[who]):
                    print(f"   {who:<8} {line}")
    print(f"load average {loadavg()}")


if __name__ == "__main__":
    main()
