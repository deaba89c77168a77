#!/usr/bin/env bash
# Regenerates the expected stderr of the traceback programs (tests/src/test/resources/tracebacks) with CPython 3.11.
# Run from the repository root:  tests/tools/regen-tracebacks.sh [program.mpy ...]
# For each program <name>.mpy (not the `_`-prefixed helper modules), run as the conformance programs are
# (tests/tools/conformance-common.sh):
#   <name>.err     the WHOLE stderr, with the program's directory taken out of paths ("/.../x.mpy" -> "x.mpy")
#   <name>.status  the exit status
# TracebackTest compares MiniPy's whole stderr with .err, after taking the directory out the same way.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/conformance-common.sh"
require_repo_root
TB_DIR="tests/src/test/resources/tracebacks"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if [ $# -gt 0 ]; then programs=("$@"); else
  mapfile -t programs < <(find "$TB_DIR" -name '*.mpy' ! -name '_*' | LC_ALL=C sort)
fi

for f in "${programs[@]}"; do
  stem="${f%.mpy}"
  dir="$(cd "$(dirname "$f")" && pwd)"
  run_program "$f" "$tmp" "$PY"
  sed "s#$dir/##g" "$tmp/errfull" >"$stem.err"
  cat "$tmp/status" >"$stem.status"
done
echo "regenerated ${#programs[@]} traceback programs"
