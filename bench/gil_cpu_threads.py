# Pure-Python CPU work sequentially, in 2 threads and in 4 threads: wall time, CPU time and cores busy.
# Under a GIL only one thread runs guest code at a time, so threads do not make this faster: the total work is
# the same, the wall time stays about the same, and about one core is busy. (Runs unchanged under python3.)
import threading
import time

def count(n):
    while n > 0:
        n -= 1

def run(threads, total):
    share = total // threads
    wall0, cpu0 = time.perf_counter(), time.process_time()
    if threads == 1:
        count(total)
    else:
        ts = [threading.Thread(target=count, args=(share,)) for _ in range(threads)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
    wall = time.perf_counter() - wall0
    cpu = time.process_time() - cpu0
    return wall, cpu

for threads in (1, 2, 1, 2):
    run(threads, 2_000_000)   # warm-up: lets MiniPy's JIT compile count (CPython does not need it)
N = 1_000_000
while run(1, N)[0] < 0.5:    # calibrate: enough work for about half a second sequentially
    N *= 2
print("%-12s %8s %8s %11s" % ("", "wall s", "CPU s", "cores busy"))
results = {1: [], 2: [], 4: []}
for _ in range(3):               # interleaved rounds; the median of each is shown
    for threads in (1, 2, 4):
        results[threads].append(run(threads, N))
base = None
for threads in (1, 2, 4):
    wall, cpu = sorted(results[threads])[1]
    base = base or wall
    label = "sequential" if threads == 1 else "%d threads" % threads
    print("%-12s %8.3f %8.3f %11.2f   (wall x%.2f of sequential)" % (label, wall, cpu, cpu / wall, wall / base))
