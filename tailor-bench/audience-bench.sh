#!/usr/bin/env bash
# End-to-end "everyone" benchmark through the tailor command on a generated shop in SQLite:
#   1. recommend --all --algorithm als (blocked batch kernel, purchases excluded) -> recs.csv
#   2. recommend --all --strategy F -> decisions.jsonl (customers streamed from the store)
# Generates and imports the shop once (kept in the work folder for later runs), trains the models,
# then times each run and prints the command's own phase notes (reading, scoring+writing).
#
# Usage: bash tailor-bench/audience-bench.sh [--customers 1000000] [--products 10000]
#          [--factors 64] [--threads 2] [--heap 8g] [--runs 1] [--skip-als] [--skip-strategy]
#          [--strategy examples/strategies/fashion-5-slot.yaml]
# Env: TAILOR_BENCH_DIR (work folder; default a new temp folder, removed at the end),
#      TAILOR_BENCH_JAR (a built tailor.jar to use instead of building one).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
customers=1000000 products=10000 factors=64 threads=2 heap=8g runs=1 skip_als=0 skip_strategy=0
strategy="$repo/examples/strategies/fashion-5-slot.yaml"
while [ $# -gt 0 ]; do
  case "$1" in
    --customers) customers="$2"; shift 2 ;;
    --products) products="$2"; shift 2 ;;
    --factors) factors="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --heap) heap="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --strategy) strategy="$2"; shift 2 ;;
    --skip-als) skip_als=1; shift ;;
    --skip-strategy) skip_strategy=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
work="${TAILOR_BENCH_DIR:-$(mktemp -d)}"
trap '[ -z "${TAILOR_BENCH_DIR:-}" ] && rm -rf "$work"' EXIT
mkdir -p "$work"

if [ -z "${TAILOR_BENCH_JAR:-}" ]; then
  "$repo/tailor" --version >/dev/null   # builds the jar when needed
fi
jar="${TAILOR_BENCH_JAR:-$repo/tailor-app/target/tailor.jar}"
db="jdbc:sqlite:$work/shop-$customers-$products.db"
export TAILOR_DB_URL="$db" TAILOR_RECO_MODELS_DIR="$work/models-$customers-$products"
tailor=(java -Xmx"$heap" -jar "$jar")
timed() { # LABEL CMD... : runs CMD, prints "LABEL wall_s peak_rss_mib" and the command's stderr
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/out.txt" 2>"$work/err.txt" \
    || { cat "$work/err.txt" >&2; exit 1; }
  grep -v '^\s*$' "$work/err.txt" | sed 's/^/    /' >&2 || true
  grep -v '^\s*$' "$work/out.txt" | head -3 | sed 's/^/    /' >&2 || true
  echo "$label $(awk '{printf "%s %.0f", $1, $2 / 1024}' "$work/time.txt")"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "$(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)," \
  "load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
shop="$work/shop-$customers-$products"
if [ ! -f "$work/shop-$customers-$products.imported" ]; then
  [ -d "$shop" ] || timed generate "${tailor[@]}" generate --out "$shop" --customers "$customers" \
    --products "$products" --seed 7
  timed import "${tailor[@]}" import --dir "$shop" --rejects "$work/rejects.csv"
  touch "$work/shop-$customers-$products.imported"
fi

if [ "$skip_als" = 0 ]; then
  [ -d "$TAILOR_RECO_MODELS_DIR/als" ] || timed train-als "${tailor[@]}" train --algorithm als \
    --factors "$factors" --threads "$threads" --no-eval
  for i in $(seq 1 "$runs"); do
    timed "als-all-run$i" "${tailor[@]}" recommend --all --algorithm als --n 10 --threads "$threads" \
      --out "$work/recs.csv"
    echo "    rows: $(($(wc -l <"$work/recs.csv") - 1))" >&2
  done
fi

if [ "$skip_strategy" = 0 ]; then
  for a in itemknn copurchase trending popular; do
    [ -d "$TAILOR_RECO_MODELS_DIR/$a" ] || timed "train-$a" "${tailor[@]}" train --algorithm "$a" --no-eval
  done
  [ -d "$TAILOR_RECO_MODELS_DIR/als" ] || timed train-als "${tailor[@]}" train --algorithm als \
    --factors "$factors" --threads "$threads" --no-eval
  for i in $(seq 1 "$runs"); do
    timed "strategy-all-run$i" "${tailor[@]}" recommend --all --strategy "$strategy" --threads "$threads" \
      --out "$work/decisions.jsonl"
  done
fi
