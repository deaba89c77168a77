# MiniPy's shared shell set-up, sourced by ./mpy and ./test (bash). Defines:
#   mpy_select_jdk    -> sets MPY_JAVA_HOME and MPY_JAVA_VERSION (e.g. 25.0.3), or prints one line and returns 2
#   mpy_jit_supported -> status 0 when the Graal compiler jar (JVMCI 25.0.3) can load on that JDK
#   mpy_ensure_built  -> builds language + launcher with Maven when missing or older than the sources
#   mpy_java_args     -> sets MPY_JAVA (the java to run) and fills the array MPY_JAVA_ARGS with the JVM options that
#                        run the launcher
# With the JIT, the build also makes a JDK runtime image and an AOT cache (see mpy_build_fast_start) so that MiniPy
# starts and warms up faster; MPY_AOT=0 turns both off.
# MPY_ROOT must be set to the repository root before sourcing.

MPY_MIN_JDK=21
MPY_JIT_JDK_MAJOR=25
MPY_JIT_JDK_MIN_PATCH=3   # org.graalvm.compiler:compiler 25.0.3 needs a JDK 25 whose JVMCI is 25.0.3 or newer

# Prints the full version (like 25.0.3 or 21.0.7) of the JDK at $1, or nothing.
mpy_jdk_version() {
    local home=$1 v=""
    [ -x "$home/bin/java" ] || return 1
    if [ -r "$home/release" ]; then
        v=$(sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$home/release" | head -n1)
    fi
    if [ -z "$v" ]; then
        v=$("$home/bin/java" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n1)
    fi
    [ -n "$v" ] || return 1
    printf '%s\n' "$v"
}

mpy_jdk_major() {
    local v=$1
    v=${v#1.}            # 1.8.0 -> 8.0
    printf '%s\n' "${v%%[.+-]*}"
}

mpy_select_jdk() {
    local v home best="" best_v="" major
    if [ -n "${JAVA_HOME:-}" ] && v=$(mpy_jdk_version "$JAVA_HOME") && [ "$(mpy_jdk_major "$v")" -ge "$MPY_MIN_JDK" ]; then
        MPY_JAVA_HOME=$JAVA_HOME
        MPY_JAVA_VERSION=$v
        return 0
    fi
    for home in "${MPY_JVM_DIR:-/usr/lib/jvm}"/*; do
        [ -d "$home" ] || continue
        v=$(mpy_jdk_version "$home") || continue
        major=$(mpy_jdk_major "$v")
        [ "$major" -ge "$MPY_MIN_JDK" ] 2>/dev/null || continue
        # newest wins: compare versions with sort -V
        if [ -z "$best" ] || [ "$(printf '%s\n%s\n' "$best_v" "$v" | sort -V | tail -n1)" = "$v" ]; then
            best=$home
            best_v=$v
        fi
    done
    if [ -z "$best" ]; then
        echo "mpy: needs a JDK $MPY_MIN_JDK or newer (JDK 25.0.3+ for the JIT): install one, e.g. Temurin 25 under /usr/lib/jvm, or set JAVA_HOME" >&2
        return 2
    fi
    MPY_JAVA_HOME=$best
    MPY_JAVA_VERSION=$best_v
}

mpy_jit_supported() {
    local v=$MPY_JAVA_VERSION major rest patch
    [ "${MPY_JIT:-1}" != 0 ] || return 1
    major=$(mpy_jdk_major "$v")
    [ "$major" = "$MPY_JIT_JDK_MAJOR" ] || return 1
    rest=${v#"$major"}; rest=${rest#.}         # 0.3 or 0.3+9 or empty
    rest=${rest%%[+-]*}
    patch=$(printf '%s' "$rest" | cut -d. -f2)
    [ "${patch:-0}" -ge "$MPY_JIT_JDK_MIN_PATCH" ] 2>/dev/null || return 1
    # the JDK must have JVMCI at all
    "$MPY_JAVA_HOME/bin/java" --list-modules 2>/dev/null | grep -q '^jdk.internal.vm.ci@' || return 1
}

MPY_BUILD_STAMP="$MPY_ROOT/launcher/target/mpy-build.stamp"
MPY_IMAGE_DIR="$MPY_ROOT/target/jdk-image"
MPY_AOT_CACHE="$MPY_ROOT/launcher/target/mpy.aot"
MPY_AOT_CACHE_VECTOR="$MPY_ROOT/launcher/target/mpy-vector.aot"   # for JVMs with the Vector API, see mpy_java_args
MPY_AOT_JARS="$MPY_AOT_CACHE.jars"
MPY_BUILD_LOG="$MPY_ROOT/target/mpy-build.log"

# Status 0 when the build is missing or older than some source or pom.
mpy_needs_build() {
    [ -f "$MPY_BUILD_STAMP" ] || return 0
    ls "$MPY_ROOT"/launcher/target/minipy-launcher-*.jar >/dev/null 2>&1 || return 0
    ls "$MPY_ROOT"/launcher/target/modules/minipy-language-*.jar >/dev/null 2>&1 || return 0
    [ -n "$(find "$MPY_ROOT/pom.xml" "$MPY_ROOT/language/pom.xml" "$MPY_ROOT/launcher/pom.xml" \
                "$MPY_ROOT/language/src" "$MPY_ROOT/launcher/src" -newer "$MPY_BUILD_STAMP" -print -quit 2>/dev/null)" ]
}

# Builds language + launcher (not the tests) quietly; output goes to $MPY_BUILD_LOG.
mpy_build() {
    local status
    if ! command -v mvn >/dev/null 2>&1; then
        echo "mpy: Maven (mvn) is needed to build MiniPy: install it (e.g. apt-get install maven)" >&2
        return 2
    fi
    # stale jars (e.g. after a version change in a pom) would put two versions of a module on the module path
    rm -rf "$MPY_ROOT/launcher/target/modules" "$MPY_ROOT/launcher/target/compiler"
    mkdir -p "$(dirname "$MPY_BUILD_LOG")" "$(dirname "$MPY_BUILD_STAMP")"
    local started
    started=$(mktemp)
    (
        cd "$MPY_ROOT"
        export JAVA_HOME=$MPY_JAVA_HOME
        echo "== offline build ($(date))"
        mvn -B -o -pl launcher -am package -DskipTests && exit 0
        echo "== offline build failed; trying with network access"
        mvn -B -pl launcher -am package -DskipTests
    ) >"$MPY_BUILD_LOG" 2>&1
    status=$?
    if [ $status -ne 0 ]; then
        rm -f "$started"
        echo "mpy: the build failed; the full log is in $MPY_BUILD_LOG:" >&2
        # the errors of the last attempt
        sed -n '/^== offline build failed/,$p' "$MPY_BUILD_LOG" | grep -q . \
            && sed -n '/^== offline build failed/,$p' "$MPY_BUILD_LOG" | grep -E '^\[ERROR\]' | head -n 20 >&2 \
            || grep -E '^\[ERROR\]' "$MPY_BUILD_LOG" | head -n 20 >&2
        return 1
    fi
    # The stamp gets the time the build started: a source edited during the build triggers the next one.
    mv "$started" "$MPY_BUILD_STAMP"
    mpy_record_fast_start
    return 0
}

# mpy_build_fast_start with its output in the build log; a failure only costs start-up time.
mpy_record_fast_start() {
    mpy_build_fast_start >>"$MPY_BUILD_LOG" 2>&1 || echo "mpy: no AOT cache (see $MPY_BUILD_LOG); MiniPy starts slower" >&2
}

# One build at a time: concurrent mpy runs (the test suite starts many) wait here for the one that builds.
mpy_lock_build() {
    mkdir -p "$MPY_ROOT/target"
    if command -v flock >/dev/null 2>&1; then
        exec 9>"$MPY_ROOT/target/mpy-build.lock"
        flock 9
    fi
}

mpy_unlock_build() {
    if command -v flock >/dev/null 2>&1; then exec 9>&-; fi
}

# Fast start-up, in two parts, both optional (MiniPy runs the same without them, only slower to start and warm up):
# 1. A runtime image of the JDK without its placeholder jdk.graal.compiler module (jlink), so that the real Graal
#    compiler can go on the ordinary module path. With --upgrade-module-path the JVM refuses AOT caches.
# 2. An AOT cache (JDK 25, JEPs 483/514) recorded from a training run (scripts/aot-training.mpy): the classes of
#    MiniPy, Truffle and the compiler come pre-loaded and linked, which roughly halves start-up. (The cache also
#    holds the training run's method profiles, JEP 515; mpy_java_args leaves them unused, see there.)
mpy_fast_start_supported() {
    [ "${MPY_AOT:-1}" != 0 ] && mpy_jit_supported && [ -x "$MPY_JAVA_HOME/bin/jlink" ]
}

mpy_image_usable() {
    [ -x "$MPY_IMAGE_DIR/bin/java" ] && [ "$(cat "$MPY_IMAGE_DIR/minipy-jdk" 2>/dev/null)" = "$MPY_JAVA_HOME $MPY_JAVA_VERSION" ]
}

# The jars on the module path, each with its modification time and size, one per line. The JVM refuses an AOT cache
# (silently, as mpy runs it) unless every jar is exactly the one it was recorded with — a jar copied again by another
# Maven build keeps the old contents but not the old time, which a "newer than the cache" test cannot see.
mpy_aot_jars() {
    find "$MPY_ROOT/launcher/target/modules" "$MPY_ROOT/launcher/target/compiler" \
        "$MPY_ROOT"/launcher/target/minipy-launcher-*.jar -name '*.jar' -type f -printf '%p %T@ %s\n' 2>/dev/null | sort
}

# Status 0 when the AOT caches describe the jars as they are now.
mpy_aot_cache_fresh() {
    [ -f "$MPY_AOT_CACHE" ] && [ -f "$MPY_AOT_CACHE_VECTOR" ] && [ -f "$MPY_AOT_JARS" ] \
        && [ "$(mpy_aot_jars)" = "$(cat "$MPY_AOT_JARS")" ]
}

mpy_build_fast_start() {
    rm -f "$MPY_AOT_CACHE" "$MPY_AOT_CACHE_VECTOR" "$MPY_AOT_JARS"
    mpy_fast_start_supported || return 0
    if ! mpy_image_usable; then
        echo "== JDK runtime image ($(date))"
        rm -rf "$MPY_IMAGE_DIR"
        local modules
        modules=$("$MPY_JAVA_HOME/bin/java" --list-modules | sed 's/@.*//' \
                  | grep -v -e '^jdk\.graal\.compiler' -e '^jdk\.jlink$' -e '^jdk\.jpackage$' | paste -sd, -)
        "$MPY_JAVA_HOME/bin/jlink" --add-modules "$modules" --output "$MPY_IMAGE_DIR" || { rm -rf "$MPY_IMAGE_DIR"; return 1; }
        echo "$MPY_JAVA_HOME $MPY_JAVA_VERSION" >"$MPY_IMAGE_DIR/minipy-jdk"
    fi
    # One cache per set of modules: the JVM refuses a cache recorded with other modules resolved.
    local MPY_VECTOR
    for MPY_VECTOR in 0 1; do
        echo "== AOT cache training run, vector=$MPY_VECTOR ($(date))"
        MPY_JAVA_OPTS="" mpy_java_args
        "$MPY_JAVA" -XX:AOTCacheOutput="$(mpy_aot_cache)" "${MPY_JAVA_ARGS[@]}" \
            -m org.minipy.launcher/org.minipy.launcher.MpyMain "$MPY_ROOT/scripts/aot-training.mpy" </dev/null \
            || { rm -f "$MPY_AOT_CACHE" "$MPY_AOT_CACHE_VECTOR"; return 1; }
    done
    mpy_aot_jars >"$MPY_AOT_JARS"
}

# Records the AOT cache again when the jars changed under it (another Maven build copied them) but no source did.
mpy_refresh_fast_start() {
    [ "${MPY_NO_BUILD:-0}" = 1 ] && return 0
    # (nothing to refresh when no cache was ever recorded here, e.g. its training run failed)
    mpy_fast_start_supported && mpy_image_usable && { [ -f "$MPY_AOT_JARS" ] || [ -f "$MPY_AOT_CACHE" ]; } || return 0
    mpy_aot_cache_fresh && return 0
    mpy_lock_build
    if ! mpy_aot_cache_fresh; then   # (another mpy may have recorded it meanwhile)
        echo "mpy: the jars changed since the AOT cache was recorded; recording it again…" >&2
        mpy_record_fast_start
    fi
    mpy_unlock_build
    return 0
}

mpy_ensure_built() {
    if ! mpy_needs_build; then
        mpy_refresh_fast_start
        return 0
    fi
    if [ "${MPY_NO_BUILD:-0}" = 1 ]; then
        ls "$MPY_ROOT"/launcher/target/minipy-launcher-*.jar >/dev/null 2>&1 && return 0
        echo "mpy: MiniPy is not built and MPY_NO_BUILD=1 is set" >&2
        return 2
    fi
    mpy_lock_build
    if ! mpy_needs_build; then mpy_unlock_build; return 0; fi   # another mpy built it meanwhile
    if [ -f "$MPY_BUILD_STAMP" ]; then
        echo "building MiniPy (sources changed)…" >&2
    else
        echo "building MiniPy (first run)…" >&2
    fi
    local status=0
    mpy_build || status=$?
    mpy_unlock_build
    return $status
}

mpy_join_jars() {
    local dir=$1 jar out=""
    for jar in "$dir"/*.jar; do
        [ -e "$jar" ] || continue
        out=${out:+$out:}$jar
    done
    printf '%s\n' "$out"
}

# Whether the JVM gets the Vector API (numpy's fast matrix product): MPY_VECTOR=1. The user may set it (1 or 0) for
# every program; otherwise mpy sets it for programs that use numpy (mpy_program_uses_numpy).
mpy_wants_vector() {
    [ "${MPY_VECTOR:-0}" = 1 ]
}

# The AOT cache for the JVM's set of modules (with or without the Vector API).
mpy_aot_cache() {
    if mpy_wants_vector; then echo "$MPY_AOT_CACHE_VECTOR"; else echo "$MPY_AOT_CACHE"; fi
}

# Status 0 when the program on an mpy command line mentions numpy: a script file that says "numpy" (a program that
# imports numpy only through modules of its own does not count), or -c code that does. Options are skipped as the
# launcher reads them (MpyMain); -m and stdin programs do not count.
mpy_program_uses_numpy() {
    local arg
    while [ $# -gt 0 ]; do
        arg=$1
        shift
        case $arg in
            -c) [ $# -gt 0 ] && [[ $1 == *numpy* ]]; return ;;
            -c*) [[ $arg == *numpy* ]]; return ;;
            -m|-m*|-) return 1 ;;
            -X|-W) shift ;;
            --) [ $# -gt 0 ] && [ -f "$1" ] && grep -q numpy -- "$1" 2>/dev/null; return ;;
            -*) ;;
            *) [ -f "$arg" ] && grep -q numpy -- "$arg" 2>/dev/null; return ;;
        esac
    done
    return 1
}

# The java to run and its options for the launcher; the caller appends the main module and program arguments.
mpy_java_args() {
    local major launcher_jar module_path
    major=$(mpy_jdk_major "$MPY_JAVA_VERSION")
    launcher_jar=$(ls "$MPY_ROOT"/launcher/target/minipy-launcher-*.jar | head -n1)
    module_path="$(mpy_join_jars "$MPY_ROOT/launcher/target/modules"):$launcher_jar"
    MPY_JAVA="$MPY_JAVA_HOME/bin/java"
    MPY_JAVA_ARGS=()
    if mpy_jit_supported; then
        MPY_JAVA_ARGS+=(-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI)
        # The Graal compiler runs here as ordinary Java code. Left to the JVM, C2 spends seconds of a core compiling
        # it while the program starts, which slows the program and takes the second core from its threads; compiled
        # by C1 alone (scripts/jit-directives.json) it is ready at once and fast enough (richards: 5.5 s instead of
        # 6.6 s for the whole run). The JVM's line about the directives goes to stderr, which mpy hides at start-up.
        MPY_JAVA_ARGS+=(-XX:+UnlockDiagnosticVMOptions "-XX:CompilerDirectivesFile=$MPY_ROOT/scripts/jit-directives.json"
                        -XX:+DisplayVMOutputToStderr)
        # The compiler threads keep the OS priority of the program's threads. Lowering it (nice 10-15) let JIT work use
        # idle cores first (two threads multiplying matrices sped up 1.35x -> 1.7-1.96x in the first seconds), but on a
        # machine that other processes keep busy the JIT then starves: fib.mpy 10 beside two busy loops took 22-25 s,
        # never compiled, against 4.4-5.0 s at equal priority (6.1-7.7 s at nice 4); after warm-up the matrix threads
        # speed up 1.83-1.96x either way.
        # Truffle profiles the argument types of every call in the interpreter and compiles callees assuming them.
        # MiniPy's arguments travel as an Object[] whose types the callee re-checks anyway, so the profile costs more
        # than it gives: without it fib(30) runs 15 ms instead of 17.5, richards 48 instead of 68, word_count 18
        # instead of 29 (steady state), and warm-up is no slower. --engine.ArgumentTypeSpeculation=true turns it back on.
        MPY_JAVA_ARGS+=(-Dpolyglot.engine.ArgumentTypeSpeculation=false)
        # The parallel collector instead of G1: its write barrier is a plain card mark (G1's costs a fence-like
        # check on every reference stored into an older object, e.g. a float into a long-lived list: 2x on such
        # stores) and on two cores its young pauses interrupt steady loops less (bench/compare.py --iterations 40:
        # richards 64 -> 43 ms, fannkuch 92 -> 78, nbody 62 -> 57; start-up 0.68 -> 0.64 s).
        MPY_JAVA_ARGS+=(-XX:+UseParallelGC)
        if mpy_fast_start_supported && mpy_image_usable; then
            MPY_JAVA="$MPY_IMAGE_DIR/bin/java"
            module_path="$module_path:$(mpy_join_jars "$MPY_ROOT/launcher/target/compiler")"
            MPY_JAVA_ARGS+=(--add-modules=jdk.graal.compiler)
            # A cache that does not match (e.g. a JVM option changed) is skipped without a word. Of the cache, only the
            # loaded and linked classes are used, not the method profiles of the training run (AOTReplayTraining): with
            # them C2 compiled MiniPy's runtime for the training program's types, and nbody's steady state was 70 ms
            # per iteration in 3 runs of 5 instead of 38-47 (start-up: 0.56-0.59 s with them, 0.51-0.53 s without).
            mpy_aot_cache_fresh && MPY_JAVA_ARGS+=(-XX:AOTCache="$(mpy_aot_cache)" -XX:-AOTReplayTraining -Xlog:aot=off -Xlog:cds=off)
        else
            MPY_JAVA_ARGS+=("--upgrade-module-path=$(mpy_join_jars "$MPY_ROOT/launcher/target/compiler")")
        fi
    fi
    MPY_JAVA_ARGS+=(--enable-native-access=org.graalvm.truffle,org.minipy.launcher,minipy.language)
    if [ "$major" -ge 24 ]; then
        MPY_JAVA_ARGS+=(--sun-misc-unsafe-memory-access=allow)
    fi
    # numpy's matrix multiplication (org.minipy.numpy.VectorMatMul) uses the Vector API, an incubator module; the JVM's
    # warning about it is hidden by handing stderr over in main, which needs the foreign function API (JDK 22+).
    # Without it the product uses a plain loop. Only programs that use numpy get it (mpy_wants_vector): with an
    # incubator module in the boot layer the JVM cannot keep the module graph in the AOT cache, and then it cannot
    # keep classes linked or lambdas made either; start-up costs 1.05 s of CPU instead of 0.61.
    if [ "$major" -ge 22 ] && mpy_wants_vector; then
        MPY_JAVA_ARGS+=(--add-modules=jdk.incubator.vector)
    fi
    # Java threads the guest starts get deep stacks too (the main guest thread has its own 1 GB stack).
    MPY_JAVA_ARGS+=(-Xss16m)
    # sys.executable: the command that runs MiniPy, as CPython's names its own binary
    MPY_JAVA_ARGS+=("-Dminipy.executable=$MPY_ROOT/mpy")
    if [ -t 0 ]; then MPY_JAVA_ARGS+=(-Dminipy.stdin.tty=true); else MPY_JAVA_ARGS+=(-Dminipy.stdin.tty=false); fi
    if [ -t 1 ]; then MPY_JAVA_ARGS+=(-Dminipy.stdout.tty=true); else MPY_JAVA_ARGS+=(-Dminipy.stdout.tty=false); fi
    # extra JVM options for debugging, e.g. MPY_JAVA_OPTS='-Xmx4g -agentlib:jdwp=...'
    if [ -n "${MPY_JAVA_OPTS:-}" ]; then
        # shellcheck disable=SC2206
        MPY_JAVA_ARGS+=($MPY_JAVA_OPTS)
    fi
    MPY_JAVA_ARGS+=("--module-path=$module_path")
}
