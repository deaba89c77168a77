# njit with and without nogil, 2 threads against sequential (SPEC §9, issue 4), the same file under mpy and
# CPython + numba. Two kernels: an integer loop over range(n), and a float loop over a numpy array. For each kernel
# and each nogil setting: the median wall time of 2 calls made sequentially and of 2 calls made from 2 threads
# (5 interleaved rounds after warm-up and calibration), and the speedup sequential / threads.
#   usage: njit_threads.py [rounds]
import sys
import time
import threading
import numpy as np
from numba import njit


def loop(n):
    s = 0
    for i in range(n):
        r = (i * i) % 7
        if r > 3:
            s += r
        else:
            s -= 1
    return s


def array_sum(a, reps):
    s = 0.0
    for r in range(reps):
        for i in range(a.shape[0]):
            s += a[i] * a[i]
    return s


KERNELS = {
    "range loop": (loop, lambda scale: (scale,)),
    "array loop": (array_sum, lambda scale: (np.arange(100_000) * 0.5, max(1, scale // 100_000))),
}


def timed(f, args, threads):
    t0 = time.perf_counter()
    if threads == 1:
        r = [f(*args), f(*args)]
    else:
        out = [None, None]

        def work(k):
            out[k] = f(*args)
        ts = [threading.Thread(target=work, args=(k,)) for k in range(2)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        r = out
    assert r[0] == r[1]
    return time.perf_counter() - t0


rounds = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 5
print("%-12s %-12s %10s %10s %8s" % ("kernel", "mode", "seq s", "2 thr s", "speedup"))
for name, (py_func, make_args) in KERNELS.items():
    compiled = {"nogil=False": njit(py_func), "nogil=True": njit(nogil=True)(py_func)}
    scale = 100_000
    # warm-up: the first call checks the function; MiniPy's JIT then compiles it in tiers over some calls (CPython +
    # numba compiles at the first call), so run small calls, sequentially and in threads, for at least 3 seconds
    for f in compiled.values():
        k = 0
        t_end = time.perf_counter() + 3.0
        while k < 12 or time.perf_counter() < t_end:
            timed(f, make_args(scale), 1 + k % 2)
            k += 1
    # calibrate: about half a second for 2 sequential calls (the faster of two runs, so that a run during which
    # the JIT was still compiling does not stop the search early)
    while min(timed(compiled["nogil=True"], make_args(scale), 1) for _ in range(3)) < 0.5:
        scale *= 2
    args = make_args(scale)
    for mode, f in compiled.items():
        seq, par = [], []
        for _ in range(rounds):
            seq.append(timed(f, args, 1))
            par.append(timed(f, args, 2))
        s, p = sorted(seq)[rounds // 2], sorted(par)[rounds // 2]
        print("%-12s %-12s %10.3f %10.3f %8.2f" % (name, mode, s, p, s / p))
        if "-v" in sys.argv:
            print("   seq", " ".join("%.3f" % x for x in seq), " par", " ".join("%.3f" % x for x in par))
