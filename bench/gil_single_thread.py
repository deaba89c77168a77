# Single-threaded work, to measure what the GIL costs a program that never starts a thread:
#   ./mpy bench/gil_single_thread.py   against   ./mpy -X gil=bypass bench/gil_single_thread.py
# Prints the median time per round after warm-up (the JIT has compiled everything by then).
import time

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def loops(n):
    total = 0
    items = [i % 7 for i in range(1000)]
    for _ in range(n):
        for x in items:
            total += x
    return total

def round_():
    t0 = time.perf_counter()
    fib(25)
    loops(300)
    time.sleep(0)          # one release/re-acquire of the lock per round
    return time.perf_counter() - t0

start = time.perf_counter()
while time.perf_counter() - start < 5:   # warm-up: 5 s, so the JIT has compiled everything
    round_()
times = sorted(round_() for _ in range(200))
print("median round %.3f ms" % (times[len(times) // 2] * 1e3))
