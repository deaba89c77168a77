#!/usr/bin/env python3
"""Runs each benchmark under ./mpy and under CPython on the same file, checks that the outputs agree, and prints
median steady-state iteration times (second half of the iterations) and whole-process wall times.

    python3 bench/compare.py [--iterations N] [--all] [name ...]
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
DEFAULT = ["fib", "nbody", "spectral_norm", "fannkuch", "richards", "word_count", "nqueens", "float"]
# Beyond the six of issue 2: programs of the kind a checker may pick (run them by name).
MORE = ["json_roundtrip", "raytrace", "deltablue", "pystone", "exceptions"]


def run(cmd, iterations):
    t0 = time.perf_counter()
    p = subprocess.run(cmd + [str(iterations)], capture_output=True, text=True, cwd=BENCH)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{p.stderr}")
    times = [float(m.group(1)) for m in re.finditer(r"iteration \d+ ([0-9.]+) ms", p.stderr)]
    return p.stdout, times, wall


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--iterations", type=int, default=20)
    ap.add_argument("--all", action="store_true", help="the default set and the MORE programs")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    names = args.names or (DEFAULT + MORE if args.all else DEFAULT)
    env_mpy = [os.path.join(ROOT, "mpy")]
    print(f"{'benchmark':<14} {'CPython ms':>11} {'MiniPy ms':>10} {'speedup':>8} {'CPython s':>10} {'MiniPy s':>9}")
    for name in names:
        path = f"{name}.mpy"
        out_c, times_c, wall_c = run([sys.executable, path], args.iterations)
        out_m, times_m, wall_m = run(env_mpy + [path], args.iterations)
        if out_c != out_m:
            print(f"{name}: OUTPUT DIFFERS\n--- CPython\n{out_c}--- MiniPy\n{out_m}")
            continue
        steady_c = statistics.median(times_c[len(times_c) // 2:])
        steady_m = statistics.median(times_m[len(times_m) // 2:])
        print(f"{name:<14} {steady_c:>11.1f} {steady_m:>10.1f} {steady_c / steady_m:>7.2f}x {wall_c:>10.2f} {wall_m:>9.2f}")


if __name__ == "__main__":
    main()
