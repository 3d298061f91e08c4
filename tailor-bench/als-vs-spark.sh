#!/usr/bin/env bash
# Tailor ALS against Spark MLlib ALS (implicit feedback), side by side: the same train/test files,
# rank, iterations, regularization and alpha, and the same seed per run (run r uses seed r on both
# sides, so quality medians are over seeds), evaluated under the same protocol (the Spark peer's,
# reimplemented line for line in dev.tailor.bench.PeerProtocol). Runs each side several times,
# alternating, and prints a table of medians: training seconds and their ratio, nDCG@10 and
# Recall@10 of both, and Tailor's achieved GFLOP/s against this machine's estimated peak.
#
# Datasets: movielens (latest-small ratings, split per user 75/25 at random with a fixed seed),
# synthetic (the peer's `gen`: 2,000 x 1,000, ~50k interactions), shop (a generated Tailor shop
# with >= 5M events, weighted view 1 / add 3 / purchase 5 / email click 2, temporal 80/20 split).
#
# Usage: bash tailor-bench/als-vs-spark.sh [--runs 3] [--rank 32] [--iterations 10] [--reg 0.05]
#          [--alpha 10] [--threads 2] [--data movielens,synthetic,shop] [--shop-customers 170000]
#          [--shop-products 2000]
# Env: TAILOR_DATASETS (default <repo>/../shared/datasets), SPARK_ALS_PEER (default
#      <repo>/../shared/peers/spark-als; copied into the work folder and built there),
#      TAILOR_BENCH_DIR (work folder, default a new temp folder; kept, with every JSON line),
#      TAILOR_BENCH_HEAP (heap of both JVMs, default 4g),
#      TAILOR_PEAK_FLOPS_PER_CYCLE (FP32 FLOP per cycle and core, default 32 = 2 FMA pipes x 8
#      lanes x 2 for AVX2-class cores such as AMD Zen 2-4; 64 for cores with two 512-bit FMA pipes).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=3 rank=32 iterations=10 reg=0.05 alpha=10 threads=2 data=movielens,synthetic,shop
shop_customers=170000 shop_products=2000
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --rank) rank="$2"; shift 2 ;;
    --iterations) iterations="$2"; shift 2 ;;
    --reg) reg="$2"; shift 2 ;;
    --alpha) alpha="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --shop-customers) shop_customers="$2"; shift 2 ;;
    --shop-products) shop_products="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
datasets="${TAILOR_DATASETS:-$repo/../shared/datasets}"
peer_src="${SPARK_ALS_PEER:-$repo/../shared/peers/spark-als}"
work="${TAILOR_BENCH_DIR:-$(mktemp -d)}"
heap="${TAILOR_BENCH_HEAP:-4g}"
flops_per_cycle="${TAILOR_PEAK_FLOPS_PER_CYCLE:-32}"
mkdir -p "$work/results"
log() { echo "[als-vs-spark] $*" >&2; }

# --- builds ------------------------------------------------------------------------------------
jar="$repo/tailor-bench/target/benchmarks.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$repo/tailor-bench/src" "$repo/tailor-reco/src/main" "$repo/tailor-core/src/main" \
    -newer "$jar" -type f 2>/dev/null | head -1)" ]; then
  log "building tailor-bench"
  (cd "$repo" && mvn -B -q -Dmaven.test.skip=true -Dspotless.check.skip=true package -pl tailor-bench -am >&2)
fi
peer="$work/spark-als"
if [ ! -x "$peer/run.sh" ]; then
  mkdir -p "$peer" && cp -r "$peer_src/pom.xml" "$peer_src/run.sh" "$peer_src/src" "$peer"/
  chmod -R u+w "$peer"
fi

# --- data --------------------------------------------------------------------------------------
prepare() {
  local name="$1" dir="$work/data/$1"
  [ -f "$dir/train.csv" ] && return 0
  mkdir -p "$dir"
  case "$name" in
    movielens)
      java -cp "$jar" dev.tailor.bench.PerUserSplit "$datasets/movielens-latest-small/ratings.csv" "$dir" 0.25 42 >&2 ;;
    synthetic)
      "$peer/run.sh" gen "$dir" >&2 ;;
    shop)
      log "generating a shop with $shop_customers customers (./tailor generate)"
      "$repo/tailor" generate --out "$dir/shop" --customers "$shop_customers" --products "$shop_products" >&2
      # identify rows link anonymous ids to customers; keep weighted product events of known customers
      awk -F, -v OFS=, '
        NR == FNR { if ($2 == "identify" && $3 != "" && $4 != "") id[$4] = $3; next }
        FNR == 1 { next }
        {
          w = $2 == "product_viewed" ? 1 : $2 == "product_added" ? 3 : $2 == "order_completed" ? 5 : $2 == "email_clicked" ? 2 : 0
          if (w == 0 || $5 == "") next
          c = $3; if (c == "" && ($4 in id)) c = id[$4]; if (c == "") next
          print $1, c, $5, w
        }' "$dir/shop/events.csv" "$dir/shop/events.csv" | LC_ALL=C sort -t, -k1,1 > "$dir/weighted.csv"
      local n cut
      n=$(wc -l < "$dir/weighted.csv"); cut=$((n * 8 / 10))
      { echo "user,item,value,timestamp"; head -n "$cut" "$dir/weighted.csv" | awk -F, -v OFS=, '{print $2, $3, $4, $1}'; } > "$dir/train.csv"
      { echo "user,item,value,timestamp"; tail -n +"$((cut + 1))" "$dir/weighted.csv" | awk -F, -v OFS=, '{print $2, $3, $4, $1}'; } > "$dir/test.csv"
      log "shop: $(($(wc -l < "$dir/shop/events.csv") - 1)) events, $n weighted product events, temporal split at row $cut"
      rm -f "$dir/weighted.csv" ;;
    *) echo "unknown dataset $name" >&2; exit 2 ;;
  esac
}

# --- runs --------------------------------------------------------------------------------------
field() { grep -o "\"$2\":[^,}]*" "$1" | cut -d: -f2 | tr -d '"'; }
median() { sort -g | awk '{a[NR] = $1} END {if (NR == 0) print "nan"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
m() { field "$1" "$2" | median; }

machine="$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(java -version 2>&1 | head -1)"
log "machine: $machine; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
IFS=, read -r -a names <<< "$data"
for name in "${names[@]}"; do
  prepare "$name"
  dir="$work/data/$name"
  : > "$work/results/$name.tailor.jsonl"; : > "$work/results/$name.spark.jsonl"
  for ((r = 1; r <= runs; r++)); do
    log "$name run $r/$runs: tailor"
    java -Xmx"$heap" -cp "$jar" dev.tailor.bench.AlsVsSpark --train "$dir/train.csv" --test "$dir/test.csv" \
      --rank "$rank" --iterations "$iterations" --reg "$reg" --alpha "$alpha" --threads "$threads" --seed "$r" \
      >> "$work/results/$name.tailor.jsonl"
    log "$name run $r/$runs: spark"
    PEER_HEAP="$heap" "$peer/run.sh" --train "$dir/train.csv" --test "$dir/test.csv" --rank "$rank" \
      --iterations "$iterations" --reg "$reg" --alpha "$alpha" --master "local[$threads]" --seed "$r" \
      >> "$work/results/$name.spark.jsonl" 2> "$work/results/$name.spark.log"
  done
done
log "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- table -------------------------------------------------------------------------------------
mhz=$(grep -m1 'cpu MHz' /proc/cpuinfo | awk -F: '{print $2}' | xargs)
peak=$(awk -v c="$(nproc)" -v f="$flops_per_cycle" -v m="$mhz" 'BEGIN {printf "%.1f", c * f * m / 1000}')
echo
echo "Tailor ALS vs Spark MLlib ALS: rank $rank, $iterations iterations, reg $reg, alpha $alpha, $threads threads / local[$threads], medians of $runs runs"
echo "machine: $machine"
echo "peak FP32 = $(nproc) cores x $flops_per_cycle FLOP/cycle x $mhz MHz = $peak GFLOP/s"
echo
printf '| %-9s | %7s | %6s | %9s | %9s | %9s | %6s | %8s | %8s | %8s | %8s | %7s | %6s |\n' \
  dataset users items "pairs" "Tailor s" "Spark s" "ratio" "T nDCG" "S nDCG" "T recall" "S recall" "GFLOP/s" "% peak"
printf '|%s|\n' "-----------|---------|--------|-----------|-----------|-----------|--------|----------|----------|----------|----------|---------|--------"
for name in "${names[@]}"; do
  t="$work/results/$name.tailor.jsonl" s="$work/results/$name.spark.jsonl"
  tt=$(m "$t" train_s) st=$(m "$s" train_s) gf=$(m "$t" nominal_gflop)
  printf '| %-9s | %7s | %6s | %9s | %9.3f | %9.3f | %5.1fx | %8.4f | %8.4f | %8.4f | %8.4f | %7.2f | %5.1f%% |\n' \
    "$name" "$(m "$t" users)" "$(m "$t" items)" "$(m "$t" train_pairs)" "$tt" "$st" \
    "$(awk -v a="$st" -v b="$tt" 'BEGIN {print a / b}')" \
    "$(m "$t" ndcg_at_k)" "$(m "$s" ndcg_at_k)" "$(m "$t" recall_at_k)" "$(m "$s" recall_at_k)" \
    "$(awk -v g="$gf" -v s="$tt" 'BEGIN {print g / s}')" \
    "$(awk -v g="$gf" -v s="$tt" -v p="$peak" 'BEGIN {print 100 * g / s / p}')"
done
echo
echo "wall seconds (JVM start to end of evaluation), medians: $(for name in "${names[@]}"; do
  printf '%s tailor %s / spark %s; ' "$name" "$(m "$work/results/$name.tailor.jsonl" total_s)" "$(m "$work/results/$name.spark.jsonl" total_s)"; done)"
echo "popularity nDCG@10 (same protocol, must match): $(for name in "${names[@]}"; do
  printf '%s tailor %s / spark %s; ' "$name" "$(m "$work/results/$name.tailor.jsonl" popularity_ndcg_at_k)" "$(m "$work/results/$name.spark.jsonl" popularity_ndcg_at_k)"; done)"
echo "JSON lines: $work/results"
