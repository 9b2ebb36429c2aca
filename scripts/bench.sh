#!/usr/bin/env bash
# Benchmark: privgen against Hugo on the same number of pages.
#
#   scripts/bench.sh N [PAIRS]
#
# Generates N synthetic clinic profiles (scripts/gen-profiles.py, deterministic), builds them
# with `privgen build` (release), builds a Hugo site with the same pages (privgen's own
# Markdown exports of every document, one template with a table of contents), and prints
# pages, seconds, pages/s, ms/page, peak memory, the time of `privgen check`, and the I/O
# floor (writing the same bytes). privgen and Hugo run interleaved, PAIRS times (default 5);
# the figures are medians. Hugo is installed from Debian's packages when missing.
set -euo pipefail
N=${1:?usage: scripts/bench.sh N [PAIRS]}
PAIRS=${2:-5}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# Both tools write to the same place: a RAM file system (/dev/shm) when there is one, so the
# figures measure the tools and not the machine's disk (on the 2-core VM this was measured
# on, writing the same 430 MB to its disk took 8-19 s from one run to the next). Set
# BENCH_DIR to a folder on disk to measure there instead.
if [ -z "${BENCH_DIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
  WORK=$(mktemp -d /dev/shm/privgen-bench.XXXXXX)
else
  WORK=${BENCH_DIR:-$(mktemp -d /tmp/privgen-bench.XXXXXX)}
fi
export LC_ALL=C

command -v hugo >/dev/null || { apt-get update -qq && apt-get install -y -qq hugo >/dev/null; }
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

(cd "$ROOT" && cargo build --release --quiet)
BIN="$ROOT/target/release/privgen"

SITE="$WORK/site"
rm -rf "$SITE" && mkdir -p "$SITE"
cp -r "$ROOT/locales" "$ROOT/themes" "$ROOT/privgen.toml" "$SITE/"
python3 "$ROOT/scripts/gen-profiles.py" "$N" "$SITE/content"

# One build to produce the Markdown the Hugo site is made of.
"$BIN" -C "$SITE" -q build --out "$WORK/out" >/dev/null 2>"$WORK/warnings.txt"
PAGES=$(find "$WORK/out" -name index.html -path '*/*/*' -not -path '*/archive/*' | wc -l)

HUGO="$WORK/hugo"
rm -rf "$HUGO" && mkdir -p "$HUGO/content" "$HUGO/layouts/_default"
cat > "$HUGO/hugo.toml" <<'TOML'
baseURL = "https://privacy.example.org/"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.tableOfContents]
  startLevel = 2
  endLevel = 3
TOML
cat > "$HUGO/layouts/_default/baseof.html" <<'HTML'
<!DOCTYPE html><html lang="{{ .Params.lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>{{ block "main" . }}{{ end }}</body></html>
HTML
cat > "$HUGO/layouts/_default/single.html" <<'HTML'
{{ define "main" }}<main><h1>{{ .Title }}</h1><nav>{{ .TableOfContents }}</nav>{{ .Content }}</main>{{ end }}
HTML
cp "$HUGO/layouts/_default/single.html" "$HUGO/layouts/_default/list.html"
# Every privgen page becomes one Hugo page with the same Markdown.
(cd "$WORK/out" && find . -name '*.md' | sort) | while read -r md; do
  dir="$HUGO/content/$(dirname "$md")"
  mkdir -p "$dir"
  title=$(head -1 "$WORK/out/$md" | sed 's/^# //; s/"/\\"/g')
  { printf -- '---\ntitle: "%s"\nlang: "%s"\n---\n' "$title" "$(echo "$md" | cut -d/ -f3)"; tail -n +2 "$WORK/out/$md"; } > "$dir/$(basename "$md" .md).md"
done
HUGO_PAGES=$(find "$HUGO/content" -name '*.md' | wc -l)

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
secs() { # wall seconds and peak MB of a command, from /usr/bin/time -v
  /usr/bin/time -v "$@" >/dev/null 2>"$WORK/time.txt"
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time.txt" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2/1024}' "$WORK/time.txt")
  echo "$wall $rss"
}

: > "$WORK/p.txt"; : > "$WORK/h.txt"; : > "$WORK/r.txt"; : > "$WORK/pm.txt"; : > "$WORK/hm.txt"
for _ in $(seq "$PAIRS"); do
  read -r pw pm < <(secs "$BIN" -C "$SITE" -q build --out "$WORK/out")
  read -r hw hm < <(secs hugo --quiet -s "$HUGO" -d "$WORK/hugo-out")
  echo "$pw" >> "$WORK/p.txt"; echo "$hw" >> "$WORK/h.txt"; echo "$pm" >> "$WORK/pm.txt"; echo "$hm" >> "$WORK/hm.txt"
  awk -v a="$pw" -v b="$hw" 'BEGIN { print a / b }' >> "$WORK/r.txt"
done
# `privgen check` of the same profiles, as often, median.
: > "$WORK/c.txt"
for _ in $(seq "$PAIRS"); do
  read -r c _ < <(secs "$BIN" -C "$SITE" -q check)
  echo "$c" >> "$WORK/c.txt"
done
cw=$(median < "$WORK/c.txt")

# I/O floor: write the same files (already in memory) to a fresh folder.
FLOOR=$(python3 - "$WORK/out" "$WORK/floor" <<'PY'
import os, sys, time
src, dst = sys.argv[1], sys.argv[2]
files = []
for d, _, fs in os.walk(src):
    for f in fs:
        p = os.path.join(d, f)
        files.append((os.path.relpath(p, src), open(p, "rb").read()))
t = time.perf_counter()
for rel, data in files:
    p = os.path.join(dst, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as f:
        f.write(data)
print(f"{time.perf_counter() - t:.3f}")
PY
)

P=$(median < "$WORK/p.txt"); H=$(median < "$WORK/h.txt"); R=$(median < "$WORK/r.txt")
PM=$(median < "$WORK/pm.txt"); HM=$(median < "$WORK/hm.txt")
FILES=$(find "$WORK/out" -type f | wc -l)
printf 'N=%s clinics: %s HTML pages (%s files incl. exports); Hugo: %s pages\n' "$N" "$PAGES" "$FILES" "$HUGO_PAGES"
printf '%-8s %8s %10s %10s %8s %10s %10s %10s %9s\n' N pages privgen_s hugo_s ratio peak_MB hugo_MB check_s floor_s
printf '%-8s %8s %10.3f %10.3f %8.3f %10.1f %10.1f %10.3f %9.3f\n' "$N" "$PAGES" "$P" "$H" "$R" "$PM" "$HM" "$cw" "$FLOOR"
awk -v p="$P" -v n="$PAGES" 'BEGIN { printf "privgen: %.0f pages/s, %.2f ms/page\n", n / p, 1000 * p / n }'
[ -n "${BENCH_DIR:-}" ] || rm -rf "$WORK"
