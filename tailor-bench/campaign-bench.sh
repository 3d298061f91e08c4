#!/usr/bin/env bash
# End-to-end campaign benchmark: generates a synthetic shop, imports it into a fresh SQLite file,
# trains the models the AI strategy needs (ALS, and the cheap ones: item-kNN, co-purchase,
# trending, popular) beforehand, so that the campaign run loads them as a weekly send would instead
# of training them on the fly, then runs the weekly-picks campaign (two variants,
# 10 % holdout, decisions at build time, five slots) to an outbox folder through the `tailor`
# command, and prints a table: recipients, the seconds of planning (new messages due now are
# decided, rendered and delivered as their chunk is planned) and of the delivery passes after it,
# messages/s over the whole run, wall seconds including JVM start, CPU seconds (user + system) and
# CPU milliseconds per sent email (and the system part of the CPU seconds), the CPU milliseconds per
# email of the second half of the emails (sampled once a second: the steady cost, without the JVM's
# start, model loading and most of the JIT compiler's warm-up, which a larger run amortizes), peak
# RSS, and the load average before the run.
#
# Usage: bash tailor-bench/campaign-bench.sh [--customers N] [--products M] [--heap 1g] [--threads T]
#        [--channel outbox|esp_export]
# The frequency cap is turned off so that re-runs on the same shop reach everyone again.
# Env: TAILOR_BENCH_DIR (scratch folder, default a new temp folder, removed at the end; when it
#      already holds a shop imported and trained by an earlier run, that shop is reused and only
#      the campaign runs again, under a new key); TAILOR_JAR (a runnable jar to measure instead of
#      building tailor-app/target/tailor.jar); TAILOR_BENCH_JAVA_OPTS (more JVM options for the
#      campaign run, e.g. a flight recording).
#      TAILOR_BENCH_SAMPLE=0 (no per-second count of the emails written, which at 1M emails takes a
#      good part of a core; the column of the second half then shows n/a).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
customers=50000 products=10000 heap=1g threads="" channel=outbox
while [ $# -gt 0 ]; do
  case "$1" in
    --customers) customers="$2"; shift 2 ;;
    --products) products="$2"; shift 2 ;;
    --heap) heap="$2"; shift 2 ;;
    --threads) threads="--threads $2"; shift 2 ;;
    --channel) channel="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
work="${TAILOR_BENCH_DIR:-$(mktemp -d)}"
trap '[ -z "${TAILOR_BENCH_DIR:-}" ] && rm -rf "$work"' EXIT

if [ -n "${TAILOR_JAR:-}" ]; then
  jar="$TAILOR_JAR"
else
  "$repo/tailor" --version >/dev/null   # builds the jar when needed
  jar="$repo/tailor-app/target/tailor.jar"
fi
db="jdbc:sqlite:$work/bench.db"
export TAILOR_RECO_MODELS_DIR="$work/models"
tailor() { java -Xmx"$heap" -jar "$jar" --db "$db" "$@"; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "$(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)" >&2
if [ -f "$work/trained" ]; then
  echo "reusing the shop, store and models in $work" >&2
else
  echo "generating a shop with $customers customers and $products products into $work/shop ..." >&2
  tailor generate --out "$work/shop" --customers "$customers" --products "$products" --seed 7 >/dev/null
  echo "importing ..." >&2
  tailor import --dir "$work/shop" --rejects "$work/rejects.csv" >/dev/null
  echo "training als ..." >&2
  tailor train --algorithm als --no-eval >/dev/null
  touch "$work/trained"
fi
# The cheap models, trained once beforehand (a shop prepared by an older version of this script
# has only ALS: they are added to it), so the run measures loading them, not training them.
for a in itemknn copurchase trending popular; do
  if [ ! -e "$work/models/$a/latest" ]; then
    echo "training $a ..." >&2
    tailor train --algorithm "$a" --no-eval >/dev/null
  fi
done
key="bench-$(date +%s)"
rm -rf "$work/outbox" "$work/export.jsonl"

# The shipped campaign, its strategies by absolute path, the outbox in the scratch folder.
sed -e "s#^key: weekly-picks#key: $key#" \
    -e "s#\.\./strategies/#$repo/examples/strategies/#" \
    -e "s#^  channel: outbox#  channel: $channel#" \
    -e "s#^  dir: tailor-data/outbox#  $([ "$channel" = outbox ] && echo "dir: $work/outbox" || echo "file: $work/export.jsonl")#" \
    -e "s#^  max: 3#  max: 0#" \
    "$repo/examples/campaigns/weekly-picks.yaml" >"$work/bench.yaml"

echo "running the campaign ..." >&2
load="$(cut -d' ' -f1-3 /proc/loadavg)"
# Once a second: the run's CPU ticks (user + system) and the emails written so far, for the CPU
# per email of the second half of the emails, after the JIT compiler's warm-up.
sample() {
  local pid="" tries=0
  while [ -z "$pid" ] && [ "$tries" -lt 600 ]; do
    sleep 0.2
    tries=$((tries + 1))
    pid="$(pgrep -f "^java .*campaign run $work/bench.yaml" | head -1 || true)"
  done
  while [ -r "/proc/$pid/stat" ]; do
    local ticks written
    ticks="$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null)" || break
    if [ "$channel" = outbox ]; then
      written="$(ls -U "$work/outbox" 2>/dev/null | grep -c '\.eml$' || true)"
    else
      written="$(wc -l < "$work/export.jsonl" 2>/dev/null || echo 0)"
    fi
    echo "$ticks $written"
    sleep 1
  done
}
# Counting the outbox's files or the export's lines every second costs a good part of a core at
# 1M emails (a directory of 650k entries, a file of 50 GB) and takes it from the run being
# measured: TAILOR_BENCH_SAMPLE=0 turns the sampling off (the second-half column then shows -).
if [ "${TAILOR_BENCH_SAMPLE:-1}" = 0 ]; then
  : >"$work/samples.txt"
  sampler=""
else
  sample >"$work/samples.txt" &
  sampler=$!
fi
/usr/bin/time -v java -Xmx"$heap" ${TAILOR_BENCH_JAVA_OPTS:-} -jar "$jar" --db "$db" campaign run "$work/bench.yaml" --json \
  $threads >"$work/run.json" 2>"$work/run.err" || { [ -n "$sampler" ] && kill "$sampler" 2>/dev/null; cat "$work/run.err" >&2; exit 1; }
[ -n "$sampler" ] && { wait "$sampler" || true; }
grep -E "planned|delivered|training" "$work/run.err" >&2 || true
if [ "$channel" = outbox ]; then
  files=$(find "$work/outbox" -name '*.eml' | wc -l)
  bytes=$(du -sb "$work/outbox" | cut -f1)
else
  files=$(wc -l < "$work/export.jsonl")
  bytes=$(stat -c %s "$work/export.jsonl")
fi

python3 - "$work/run.json" "$work/run.err" "$files" "$bytes" "$heap" "$channel" "$load" \
  "$work/samples.txt" "$(getconf CLK_TCK)" <<'PY'
import json, re, sys
out = open(sys.argv[1]).read()
r = json.loads(out[out.index("{"):])  # a flight recording logs a line before the JSON
t = open(sys.argv[2]).read()
files, size, heap, channel, load = int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6], sys.argv[7]
wall = t.split("Elapsed (wall clock) time (h:mm:ss or m:ss):")[1].split("\n")[0].strip()
parts = [float(p) for p in wall.split(":")]
secs = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1))
plan = float(re.search(r"planned [\d,]+ new messages of campaign \S+ in ([\d.]+) s", t).group(1))
deliver = float(
    re.search(r"delivered [\d,]+ messages of campaign \S+ in all, ([\d.]+) s after planning", t).group(1))
user, system = (float(re.search(k + r" \(seconds\): ([\d.]+)", t).group(1)) for k in ("User time", "System time"))
cpu = user + system
sent = r["delivery"].get("sent", 0)
assert sent == files, f"sent {sent} but {files} emails in the {channel}"
p = r["plan"]
# The second half: from the first sample with half the emails written to the last before all were.
rows = [tuple(map(int, line.split())) for line in open(sys.argv[8]) if len(line.split()) == 2]
tick = int(sys.argv[9])
half = next((r for r in rows if r[1] >= files / 2), None)
last = next((r for r in reversed(rows) if r[1] < files), None)
late = "n/a"
if half and last and last[1] - half[1] >= files / 10:
    late = f"{1000 * (last[0] - half[0]) / tick / (last[1] - half[1]):.2f}"
print(f"| channel | customers | recipients sent | held out | plan (+ streamed delivery) s | later passes s | messages/s (plan to last send) | wall s incl. JVM and model load | CPU s (system) | CPU ms per sent email | CPU ms per email, second half | peak RSS MiB, -Xmx{heap} | output MiB | load before |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
print(f"| {channel} | {p['considered']:,} | {sent:,} | {p['held_out']:,} | {plan:.1f} | {deliver:.1f} | {sent / (plan + deliver):,.0f} | {secs:.1f} | {cpu:.1f} ({system:.1f}) | {1000 * cpu / sent:.2f} | {late} | {rss / 1024:.0f} | {size / 2**20:.0f} | {load} |")
PY
