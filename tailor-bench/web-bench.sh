#!/usr/bin/env bash
# HTTP benchmark: a generated shop (10,000 products by default) imported into SQLite, an ALS model
# trained, `tailor serve` started on loopback, then HttpLoadBench drives it:
#   1. GET /v1/recommendations (latest model) open loop at each of --rates req/s over keep-alive
#      connections: p50/p90/p99 from each request's scheduled start, driver and server CPU per request
#      (the server has precomputed every customer's answer first: the script waits for that);
#   2. the same with strategy=fashion-5-slot (five slots, rules, fallbacks) at --strategy-rates;
#   3. POST /v1/track batches (--batch events, --workers concurrent) for --seconds: events/s, and
#      the store's event count before and after, which must grow by exactly the events sent.
#
# Usage: bash tailor-bench/web-bench.sh [--customers 20000] [--products 10000] [--rates 250,500,1000]
#        [--strategy-rates 100,250]
#        [--seconds 20] [--workers 4] [--batch 500] [--heap 1g] [--port 7391]
#        [--server-opts "JVM options"] (e.g. "-XX:MaxGCPauseMillis=5"; GC pauses are logged to
#        gc.log in the scratch folder and summarised at the end)
# Env: TAILOR_BENCH_DIR (scratch folder, default a new temp folder, removed at the end).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
customers=20000 products=10000 rates=250,500,1000 strategy_rates=100,250 seconds=20 workers=4 batch=500 heap=1g port=7391 server_opts=""
while [ $# -gt 0 ]; do
  case "$1" in
    --customers) customers="$2"; shift 2 ;;
    --products) products="$2"; shift 2 ;;
    --rates) rates="$2"; shift 2 ;;
    --strategy-rates) strategy_rates="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --workers) workers="$2"; shift 2 ;;
    --batch) batch="$2"; shift 2 ;;
    --heap) heap="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --server-opts) server_opts="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
work="${TAILOR_BENCH_DIR:-$(mktemp -d)}"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [ -z "${TAILOR_BENCH_DIR:-}" ]; then rm -rf "$work"; fi
}
trap cleanup EXIT

"$repo/tailor" --version >/dev/null   # builds the jar when needed
jar="$repo/tailor-app/target/tailor.jar"
db="jdbc:sqlite:$work/tailor.db"
export TAILOR_RECO_MODELS_DIR="$work/models"
tailor() { java -Xmx"$heap" -jar "$jar" --db "$db" "$@"; }
driver() { java -Xmx512m "$repo/tailor-bench/src/main/java/dev/tailor/bench/HttpLoadBench.java" "$@"; }
events() { tailor data check --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["events"])'; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "$(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)" >&2
echo "generating $customers customers, $products products; importing; training als ..." >&2
tailor generate --out "$work/shop" --customers "$customers" --products "$products" --seed 7 >/dev/null
tailor import --dir "$work/shop" --rejects "$work/rejects.csv" >/dev/null
tailor train --algorithm als --no-eval >/dev/null
key=$(tailor admin key create --kind private --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["key"])')

# shellcheck disable=SC2086 # server_opts holds several JVM options
TAILOR_LOG_LEVEL=INFO TAILOR_HTTP_LOG_LEVEL=WARN java -Xmx"$heap" $server_opts \
  -Xlog:gc:file="$work/gc.log" -jar "$jar" --db "$db" serve --port "$port" \
  --strategies "$repo/examples/strategies" >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  curl --noproxy "*" -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  sleep 0.5
done
for _ in $(seq 1 600); do   # answers are precomputed in the background after the model loads
  grep -q "precomputed answers\|precomputing answers" "$work/serve.log" && break
  sleep 0.5
done
grep "precomput" "$work/serve.log" >&2 || echo "answers not precomputed yet" >&2
url="http://127.0.0.1:$port"

for rate in ${rates//,/ }; do
  echo "recommendations, latest model, $rate req/s for ${seconds}s ..." >&2
  driver recs --url "$url" --key "$key" --rate "$rate" --seconds "$seconds" --customers "$customers" \
    --server-pid "$server_pid"
done
for rate in ${strategy_rates//,/ }; do
  echo "recommendations, strategy fashion-5-slot, $rate req/s for ${seconds}s ..." >&2
  driver recs --url "$url" --key "$key" --rate "$rate" --seconds "$seconds" --customers "$customers" \
    --server-pid "$server_pid" --query "&strategy=fashion-5-slot"
done
awk '/Pause/ { n++; ms = $NF + 0; if (ms > max) max = ms; sum += ms }
  END { printf "GC pauses during the whole run: %d, longest %.1f ms, mean %.1f ms\n", n, max, n ? sum / n : 0 }' \
  "$work/gc.log" >&2
before=$(events)
echo "track: $workers workers, batches of $batch, ${seconds}s ..." >&2
result=$(driver track --url "$url" --key "$key" --workers "$workers" --batch "$batch" \
  --seconds "$seconds" --customers "$customers" --products "$products")
echo "$result"
after=$(events)
sent=$(echo "$result" | python3 -c 'import json,sys; print(json.load(sys.stdin)["events_sent"])')
echo "{\"store_events_before\":$before,\"store_events_after\":$after,\"grew_by\":$((after - before)),\"events_sent\":$sent,\"none_lost\":$([ $((after - before)) -eq "$sent" ] && echo true || echo false)}"
