#!/usr/bin/env bash
# Picks the JDK MiniPy runs on (SPEC §2): JAVA_HOME when it is 21 or newer, else the newest JDK >= 21 under
# /usr/lib/jvm. Sourced by ./test and ./mpy; exports JAVA_HOME or prints one line and exits 2.
jdk_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(jdk_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
  export JAVA_HOME
else
  best=""; best_major=0
  for d in /usr/lib/jvm/*; do
    [ -x "$d/bin/java" ] || continue
    m=$(jdk_major "$d"); [ -n "$m" ] || continue
    if [ "$m" -ge 21 ] && [ "$m" -gt "$best_major" ]; then best="$d"; best_major="$m"; fi
  done
  if [ -z "$best" ]; then
    echo "mpy: needs a JDK 21 or newer (JDK 25.0.3+ for the JIT); install one, e.g. Temurin 25, under /usr/lib/jvm" >&2
    exit 2
  fi
  export JAVA_HOME="$best"
fi
export PATH="$JAVA_HOME/bin:$PATH"
