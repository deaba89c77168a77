#!/bin/bash
# usage: cmp.sh file.mpy...  compares stdout, status, last stderr line
cd "${PROBE_DIR:-.}"
for f in "$@"; do
  b=${f%.mpy}
  PYTHONHASHSEED=0 timeout 60 python3 $f > $b.py.out 2> $b.py.err; s1=$?
  PYTHONHASHSEED=0 timeout 120 "${MPY:-./mpy}" $f > $b.mp.out 2> $b.mp.err; s2=$?
  e1=$(grep -v '^\s*$' $b.py.err | tail -1); e2=$(grep -v '^\s*$' $b.mp.err | tail -1)
  if cmp -s $b.py.out $b.mp.out && [ $s1 = $s2 ] && [ "$e1" = "$e2" ]; then echo "OK   $f"; else
    echo "DIFF $f (status $s1 vs $s2)"; diff $b.py.out $b.mp.out | head -${N:-20}; [ "$e1" != "$e2" ] && { echo " py: $e1"; echo " mp: $e2"; }; fi
done
