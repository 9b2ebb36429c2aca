#!/usr/bin/env bash
# How privgen's cost grows with the number of clinics.
#
#   scripts/bench-scaling.sh [N...]        (default: 100 1000 5000)
#
# For each N: generates N profiles (scripts/gen-profiles.py), runs `privgen build` and
# `privgen check` RUNS times each (default 3, env RUNS) and takes the medians of wall time
# and peak memory. Then fits cost ∝ N^k between each pair of neighbouring sizes and over all
# of them (least squares on log-log): k = 1 is linear growth. Output goes to a RAM file
# system when there is one, as in scripts/bench.sh (set BENCH_DIR to measure on disk).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${RUNS:-3}
[ $# -gt 0 ] || set -- 100 1000 5000
if [ -z "${BENCH_DIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
  WORK=$(mktemp -d /dev/shm/privgen-scaling.XXXXXX)
else
  WORK=${BENCH_DIR:-$(mktemp -d /tmp/privgen-scaling.XXXXXX)}
fi
export LC_ALL=C
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
(cd "$ROOT" && cargo build --release --quiet)
BIN="$ROOT/target/release/privgen"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
measure() { # median wall seconds and peak MB of RUNS runs of a command
  : > "$WORK/w.txt"; : > "$WORK/m.txt"
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f '%e %M' -o "$WORK/t.txt" "$@" >/dev/null 2>/dev/null || true
    awk '{print $1}' "$WORK/t.txt" >> "$WORK/w.txt"
    awk '{print $2/1024}' "$WORK/t.txt" >> "$WORK/m.txt"
  done
  echo "$(median < "$WORK/w.txt") $(median < "$WORK/m.txt")"
}

: > "$WORK/table.txt"
printf '%-7s %7s %9s %9s %9s %9s %9s\n' N pages build_s ms/page build_MB check_s check_MB
for n in "$@"; do
  SITE="$WORK/site-$n"
  rm -rf "$SITE" && mkdir -p "$SITE"
  cp -r "$ROOT/locales" "$ROOT/themes" "$ROOT/privgen.toml" "$SITE/"
  python3 "$ROOT/scripts/gen-profiles.py" "$n" "$SITE/content"
  "$BIN" -C "$SITE" -q build --out "$WORK/out-$n" >/dev/null 2>&1
  pages=$(find "$WORK/out-$n" -name index.html -path '*/*/*' -not -path '*/archive/*' | wc -l)
  read -r bw bm < <(measure "$BIN" -C "$SITE" -q build --out "$WORK/out-$n")
  read -r cw cm < <(measure "$BIN" -C "$SITE" -q check)
  printf '%-7s %7s %9.3f %9.3f %9.1f %9.3f %9.1f\n' "$n" "$pages" "$bw" "$(awk -v w="$bw" -v p="$pages" 'BEGIN{print 1000*w/p}')" "$bm" "$cw" "$cm"
  echo "$n $bw $cw" >> "$WORK/table.txt"
  rm -rf "$WORK/out-$n" "$SITE"
done
# Exponents: between neighbours, and the least-squares slope over all sizes.
awk '
  { n[NR]=$1; b[NR]=$2; c[NR]=$3 }
  END {
    for (i = 2; i <= NR; i++)
      printf "exponent N=%s→%s: build %.2f, check %.2f\n", n[i-1], n[i], log(b[i]/b[i-1])/log(n[i]/n[i-1]), log(c[i]/c[i-1])/log(n[i]/n[i-1])
    if (NR > 2) {
      for (i = 1; i <= NR; i++) { x=log(n[i]); sx+=x; sxx+=x*x; yb=log(b[i]); yc=log(c[i]); sb+=yb; sxb+=x*yb; sc+=yc; sxc+=x*yc }
      d = NR*sxx - sx*sx
      printf "exponent (least squares over all N): build %.2f, check %.2f\n", (NR*sxb - sx*sb)/d, (NR*sxc - sx*sc)/d
    }
  }' "$WORK/table.txt"
[ -n "${BENCH_DIR:-}" ] || rm -rf "$WORK"
