#!/usr/bin/env bash
# The njit benchmarks (SPEC §9, issue 4), MiniPy beside CPython + numba on the same file:
#   bench/run_njit.sh [rounds]
# bench/njit_threads.py: an integer range loop and a float array loop, each compiled with nogil=False and
# nogil=True, 2 calls sequentially against 2 calls from 2 threads (median wall times, speedup).
# CPython: $PYTHON, else /usr/bin/python3 (Debian's, with numpy and numba), else python3 when it has numba.
set -u
cd "$(dirname "$0")/.."
export MPY_NO_BUILD=${MPY_NO_BUILD:-}
ROUNDS=${1:-5}
PY=${PYTHON:-}
if [ -z "$PY" ]; then
  for candidate in /usr/bin/python3 python3; do
    if "$candidate" -c 'import numba' 2>/dev/null; then PY=$candidate; break; fi
  done
fi
echo "load: $(uptime | sed 's/.*load average/load average/')"
echo "== njit, 2 threads against sequential (bench/njit_threads.py)"
echo "-- mpy";  ./mpy bench/njit_threads.py "$ROUNDS"
if [ -n "$PY" ]; then
  echo "-- $PY + numba $("$PY" -c 'import numba; print(numba.__version__)')"
  "$PY" bench/njit_threads.py "$ROUNDS"
else
  echo "-- no python3 with numba found: CPython side skipped"
fi
