#!/usr/bin/env bash
# Regenerates the expected results of the conformance programs with CPython 3.11.
# Run from the repository root:  tests/tools/regen-expected.sh [program.mpy ...]
# For each program <name>.mpy (skipping `_`-prefixed helper modules and everything under refused/):
#   <name>.out     stdout, exactly
#   <name>.status  the exit status   } only when the status is not 0
#   <name>.err     the last non-empty line of stderr (may be empty, e.g. for sys.exit(3))  }
set -u
source "$(dirname "${BASH_SOURCE[0]}")/conformance-common.sh"
require_repo_root

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if [ $# -gt 0 ]; then programs=("$@"); else mapfile -t programs < <(list_programs); fi

n=0; failing=0
for f in "${programs[@]}"; do
  stem="${f%.mpy}"
  py="$(python_for "$f")"
  if [ -z "$py" ]; then
    echo "skipped $f: no CPython 3.11 here can import its package" >&2
    continue
  fi
  run_program "$f" "$tmp" "$py"
  cp "$tmp/out" "$stem.out"
  status="$(cat "$tmp/status")"
  if [ "$status" = "0" ]; then
    rm -f "$stem.status" "$stem.err"
  else
    echo "$status" >"$stem.status"
    cp "$tmp/err" "$stem.err"
    failing=$((failing + 1))
  fi
  n=$((n + 1))
done
echo "regenerated $n programs ($failing with a non-zero exit status)"
