# Shared by regen-expected.sh and check-expected.sh (sourced, not run).
# Runs conformance programs under CPython 3.11 exactly the way the expectations are defined:
#   working directory = the program's directory, `python3 <name>.mpy`, no stdin,
#   PYTHONHASHSEED=0, UTF-8 I/O, no bytecode files, and tests/tools/cpython-site on PYTHONPATH
#   (its sitecustomize.py lets CPython import the `.mpy` helper modules beside a program).

CONF_DIR="tests/src/test/resources/conformance"
SITE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/cpython-site"
PY="${PYTHON:-python3}"
HASHSEED="${CONF_HASHSEED:-0}"   # check-expected.sh --hash-seed N overrides it

require_repo_root() {
  if [ ! -d "$CONF_DIR" ]; then
    echo "run this from the repository root (no $CONF_DIR here)" >&2
    exit 2
  fi
  if ! command -v "$PY" >/dev/null 2>&1; then
    echo "$PY not found on PATH" >&2
    exit 2
  fi
  local v
  v="$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
  if [ "$v" != "3.11" ]; then
    echo "expectations come from CPython 3.11, but $PY is $v" >&2
    exit 2
  fi
}

# The CPython for a program: areas numpy/ and numba/ import the package of that name, so they need a CPython 3.11
# that has it — $PYTHON_NUMPY, else /usr/bin/python3 (Debian's, with numpy 1.24 and numba: the reference), else $PY.
# Prints nothing when there is none (the caller skips the program).
python_for() {
  local file="$1" area cand
  case "$file" in
    */conformance/numpy/*|conformance/numpy/*|numpy/*) area=numpy ;;
    */conformance/numba/*|conformance/numba/*|numba/*) area=numba ;;
    *) echo "$PY"; return ;;
  esac
  for cand in "${PYTHON_NUMPY:-}" /usr/bin/python3 "$PY"; do
    [ -n "$cand" ] || continue
    if [ "$("$cand" -c "import $area, sys; print('%d.%d' % sys.version_info[:2])" 2>/dev/null)" = "3.11" ]; then
      echo "$cand"; return
    fi
  done
}

# Every program: *.mpy, not a `_`-prefixed helper module, not under refused/. Sorted, one per line.
list_programs() {
  find "$CONF_DIR" -name '*.mpy' ! -name '_*' ! -path "$CONF_DIR/refused/*" | LC_ALL=C sort
}

# run_program FILE OUTDIR: writes OUTDIR/out, OUTDIR/errfull, OUTDIR/status
run_program() {
  local file="$1" outdir="$2" dir base status py
  py="${3:-$PY}"
  dir="$(dirname "$file")"
  base="$(basename "$file")"
  (
    cd "$dir" && env -i PATH="$PATH" HOME="$HOME" LC_ALL=C.UTF-8 \
      PYTHONHASHSEED="$HASHSEED" PYTHONDONTWRITEBYTECODE=1 PYTHONIOENCODING=utf-8 PYTHONUTF8=1 \
      PYTHONPATH="$SITE_DIR" \
      timeout 60 "$py" "$base" </dev/null >"$outdir/out" 2>"$outdir/errfull"
  )
  status=$?
  echo "$status" >"$outdir/status"
  # last non-empty line of stderr (empty when stderr has none)
  grep -v '^[[:space:]]*$' "$outdir/errfull" | tail -n 1 >"$outdir/err" || true
}
