#!/usr/bin/env bash
# The GIL benchmarks (SPEC §9, issue 3), MiniPy beside CPython on the same files:
#   bench/run_gil.sh            all three
# 1. gil_cpu_threads.py   pure-Python CPU work sequentially, in 2 and 4 threads (wall, CPU, cores busy)
# 2. gil_switch.py        two spinning threads: median time between hand-overs at 5 ms and 1 ms, median gap
# 3. gil_single_thread.py single-threaded cost of the lock: the default GIL against -X gil=bypass (interleaved runs)
set -u
cd "$(dirname "$0")/.."
export MPY_NO_BUILD=${MPY_NO_BUILD:-}
PY=${PYTHON:-python3}
have_py=1; command -v "$PY" >/dev/null || have_py=0

echo "== CPU-bound threads (bench/gil_cpu_threads.py)"
echo "-- mpy";     ./mpy bench/gil_cpu_threads.py
[ $have_py = 1 ] && { echo "-- $PY"; "$PY" bench/gil_cpu_threads.py; }

echo "== hand-overs between two spinning threads (bench/gil_switch.py)"
echo "-- mpy";     ./mpy bench/gil_switch.py 3
[ $have_py = 1 ] && { echo "-- $PY"; "$PY" bench/gil_switch.py 3; }

echo "== single-threaded cost of the lock (bench/gil_single_thread.py), 6 interleaved runs per mode"
for i in 1 2 3 4 5 6; do
  for mode in cpython bypass; do echo "$mode $(./mpy -X gil=$mode bench/gil_single_thread.py | awk '{print $3}')"; done
done | sort -k1,1 -k2,2n | awk '{a[$1]=a[$1] " " $2; n[$1]++; v[$1,n[$1]]=$2}
  END {for (k in a) print "-X gil=" k ": min " v[k,1] " ms, median " v[k,int((n[k]+1)/2)] " ms; all:" a[k]}'
