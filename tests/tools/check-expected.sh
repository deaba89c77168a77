#!/usr/bin/env bash
# Re-runs every conformance program under CPython 3.11 and reports each expectation
# (.out, .status, .err) that differs from what CPython produces now. Exit 1 if any differs.
# Run from the repository root:  tests/tools/check-expected.sh [--hash-seed N] [program.mpy ...]
# --hash-seed N runs with PYTHONHASHSEED=N instead of 0: the expectations must not depend on it
# (no program may show str hashes or the iteration order of a set of strings).
set -u
if [ "${1:-}" = "--hash-seed" ]; then export CONF_HASHSEED="$2"; shift 2; fi
source "$(dirname "${BASH_SOURCE[0]}")/conformance-common.sh"
require_repo_root

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if [ $# -gt 0 ]; then programs=("$@"); else mapfile -t programs < <(list_programs); fi

n=0; bad=0
for f in "${programs[@]}"; do
  stem="${f%.mpy}"
  py="$(python_for "$f")"
  if [ -z "$py" ]; then
    echo "skipped $f: no CPython 3.11 here can import its package"
    continue
  fi
  run_program "$f" "$tmp" "$py"
  problems=()
  if [ ! -f "$stem.out" ]; then
    problems+=("missing $stem.out")
  elif ! cmp -s "$tmp/out" "$stem.out"; then
    problems+=("stdout differs from $stem.out")
  fi
  want_status=0
  [ -f "$stem.status" ] && want_status="$(tr -d '[:space:]' <"$stem.status")"
  got_status="$(cat "$tmp/status")"
  [ "$got_status" != "$want_status" ] && problems+=("exit status $got_status, expected $want_status")
  if [ "$got_status" != "0" ]; then
    if [ ! -f "$stem.err" ]; then
      problems+=("missing $stem.err")
    elif [ "$(cat "$tmp/err")" != "$(cat "$stem.err")" ]; then
      problems+=("last stderr line '$(cat "$tmp/err")', expected '$(cat "$stem.err")'")
    fi
  elif [ -f "$stem.err" ]; then
    problems+=("stale $stem.err (program exits 0)")
  fi
  if [ ${#problems[@]} -gt 0 ]; then
    bad=$((bad + 1))
    for p in "${problems[@]}"; do echo "STALE $f: $p"; done
  fi
  n=$((n + 1))
done
echo "checked $n programs: $bad stale"
[ "$bad" -eq 0 ]
