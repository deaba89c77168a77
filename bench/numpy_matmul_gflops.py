# Single-thread matrix multiplication speed: GFLOP/s of a @ b for float64 n x n matrices, n = 1000 and 2000, the
# median of several products after warm-up (2 n^3 floating-point operations per product). MiniPy multiplies on the
# calling thread only; for CPython's numpy, bench/numpy_compare.py sets OPENBLAS_NUM_THREADS=1 so that OpenBLAS does
# the same. Prints "check:" lines (the same under both) and "measure:" lines (the numbers).
import sys
import time
import numpy as np


def matrices(n):
    a = np.arange(n * n, dtype=np.float64).reshape(n, n) / (n * n) - 0.5
    b = a * 2.0 + 0.25
    return a, b


def rate(n, products):
    a, b = matrices(n)
    c = a @ b                                    # warm-up (MiniPy: lets the JIT compile the kernel)
    print("check: n=%d c[1,2]=%.9g sum=%.6g" % (n, float(c[1, 2]), float(c.sum())))
    rates = []
    for _ in range(products):
        t0 = time.perf_counter()
        c = a @ b
        rates.append(2.0 * n ** 3 / (time.perf_counter() - t0) / 1e9)
    rates.sort()
    return rates[len(rates) // 2], rates[-1]


scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
for n, products in ((1000, 9 * scale), (2000, 5 * scale)):
    median, best = rate(n, products)
    print("measure: GFLOP/s n=%d median %.1f (best %.1f of %d)" % (n, median, best, products))
