# Two threads spin in pure Python; every time the running thread changes we note the time.
# Reports the median time between hand-overs (CPython: about the switch interval) and the median
# hand-over gap (from the last iteration of one thread to the first of the next).
import sys
import threading
import time
from time import perf_counter

def measure(interval, seconds):
    sys.setswitchinterval(interval)
    stop = [False]
    last = [None]
    last_t = [perf_counter()]
    switches = []
    gaps = []

    def spin(me):
        while not stop[0]:
            now = perf_counter()
            if last[0] is not me:
                # The first reading may be stale: CPython can switch right after a builtin call returns.
                now = perf_counter()
                switches.append(now)
                gaps.append(now - last_t[0])
                last[0] = me
            last_t[0] = now

    ts = [threading.Thread(target=spin, args=(i,)) for i in range(2)]
    for t in ts:
        t.start()
    time.sleep(seconds)
    stop[0] = True
    for t in ts:
        t.join()
    between = sorted(b - a for a, b in zip(switches[2:], switches[3:]))
    gaps = sorted(gaps[3:])
    med = between[len(between) // 2] if between else float('nan')
    gap = gaps[len(gaps) // 2] if gaps else float('nan')
    print("interval %.1f ms: %d hand-overs, median between %.3f ms (%.2fx interval), median gap %.1f us"
          % (interval * 1e3, len(switches), med * 1e3, med / interval, gap * 1e6))

secs = float(sys.argv[1]) if len(sys.argv) > 1 else 3.0
measure(0.005, 2.0)  # warm-up (MiniPy: lets the JIT finish compiling)
measure(0.005, secs)
measure(0.001, secs)
