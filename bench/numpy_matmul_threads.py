# Two threads each doing 1000x1000 matrix products against the same products done one after another on one thread.
# The product releases the GIL (in CPython's numpy and in MiniPy), so the two threads run at the same time on two
# cores: the speedup (sequential wall time / threaded wall time) approaches 2, and about two cores are busy. MiniPy
# multiplies on the calling thread only; for CPython's numpy, bench/numpy_compare.py sets OPENBLAS_NUM_THREADS=1 so
# that OpenBLAS does the same. Prints "check:" lines (the same under both) and "measure:" lines (the numbers).
import sys
import threading
import time
import numpy as np

N = 1000
a = np.arange(N * N, dtype=np.float64).reshape(N, N) / (N * N) - 0.5
b = a * 2.0 + 0.25


def work(products):
    for _ in range(products):
        c = a @ b
    return c


def sequential(products):
    w0, c0 = time.perf_counter(), time.process_time()
    work(2 * products)
    return time.perf_counter() - w0, time.process_time() - c0


def threaded(products):
    w0, c0 = time.perf_counter(), time.process_time()
    ts = [threading.Thread(target=work, args=(products,)) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return time.perf_counter() - w0, time.process_time() - c0


per_thread = int(sys.argv[1]) if len(sys.argv) > 1 else 6
c = work(3)                                       # warm-up (MiniPy: lets the JIT compile the kernel)
print("check: c[1,2]=%.9g sum=%.6g" % (float(c[1, 2]), float(c.sum())))
# More discarded rounds of both modes, for about 10 s: MiniPy's JIT compilers (C1/C2 compiling the Graal compiler, and
# Truffle compiling the program) keep a core busy for the first seconds, which would take the second core away from
# the two threads (CPython has nothing to warm up; this only costs it time).
w0 = time.perf_counter()
while time.perf_counter() - w0 < 10.0:
    sequential(1)
    threaded(1)
seq, thr = [], []
for _ in range(5):                                # interleaved rounds; medians below
    seq.append(sequential(per_thread))
    thr.append(threaded(per_thread))
seq.sort()
thr.sort()
(sw, sc), (tw, tc) = seq[2], thr[2]
print("measure: sequential %d products: wall %.3f s, CPU %.3f s, cores busy %.2f" % (2 * per_thread, sw, sc, sc / sw))
print("measure: 2 threads x %d products: wall %.3f s, CPU %.3f s, cores busy %.2f" % (per_thread, tw, tc, tc / tw))
print("measure: speedup %.2f" % (sw / tw))
