#!/usr/bin/env bash
# End-to-end import benchmark: generates a synthetic shop once, then imports it into a fresh SQLite
# file and a fresh PostgreSQL schema several times through the `tailor` command, and prints a table
# of medians (events/s over the import itself, wall seconds including JVM start, peak RSS).
#
# Usage: bash tailor-bench/import-bench.sh [--customers N] [--runs R] [--heap 256m] [--skip-pg]
# Env: TAILOR_BENCH_PG_URL (default jdbc:postgresql://127.0.0.1:5432/test?user=postgres),
#      TAILOR_BENCH_DIR (scratch folder, default a new temp folder, removed at the end).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
customers=40000 runs=3 heap=256m skip_pg=0
while [ $# -gt 0 ]; do
  case "$1" in
    --customers) customers="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --heap) heap="$2"; shift 2 ;;
    --skip-pg) skip_pg=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
pg_url="${TAILOR_BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}"
work="${TAILOR_BENCH_DIR:-$(mktemp -d)}"
trap '[ -z "${TAILOR_BENCH_DIR:-}" ] && rm -rf "$work"' EXIT

"$repo/tailor" --version >/dev/null   # builds the jar when needed
jar="$repo/tailor-app/target/tailor.jar"
tailor() { java -Xmx"$heap" -jar "$jar" "$@"; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "$(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)" >&2
echo "generating a shop with $customers customers into $work/shop ..." >&2
tailor generate --out "$work/shop" --customers "$customers" --seed 7 >/dev/null
events=$(($(wc -l < "$work/shop/events.csv") - 1))
echo "events.csv: $events rows, $(du -h "$work/shop/events.csv" | cut -f1)" >&2

# run_import LABEL URL -> prints "seconds_in_import wall_seconds max_rss_kb created"
run_import() {
  local url="$1" out="$work/out.json" tv="$work/time.txt"
  /usr/bin/time -v java -Xmx"$heap" -jar "$jar" import --json --db "$url" --dir "$work/shop" \
    --rejects "$work/rejects.csv" >"$out" 2>"$tv" || { cat "$tv" >&2; exit 1; }
  python3 - "$out" "$tv" <<'PY'
import json, re, sys
r = json.load(open(sys.argv[1]))
t = open(sys.argv[2]).read()
wall = t.split("Elapsed (wall clock) time (h:mm:ss or m:ss):")[1].split("\n")[0].strip()
parts = [float(p) for p in wall.split(":")]
secs = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1))
ev = [f for f in r["files"] if f["target"] == "EVENTS"]
print(sum(f["elapsed"] for f in ev), secs, rss, sum(f["created"] for f in ev))
PY
}

results="$work/results.txt"; : >"$results"
for i in $(seq 1 "$runs"); do
  rm -f "$work"/bench.db*
  echo "sqlite run $i ..." >&2
  echo "sqlite $(run_import "jdbc:sqlite:$work/bench.db")" >>"$results"
  if [ "$skip_pg" = 0 ]; then
    schema="tailor_bench_$$_$i"
    psql -q "postgresql://postgres@127.0.0.1:5432/test" -c "create schema $schema" >/dev/null
    echo "postgresql run $i ..." >&2
    echo "postgresql $(run_import "$pg_url&currentSchema=$schema")" >>"$results"
    PGOPTIONS="--client-min-messages=warning" psql -q "postgresql://postgres@127.0.0.1:5432/test" -c "drop schema $schema cascade" >/dev/null
  fi
done

python3 - "$results" "$events" "$heap" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
events, heap = int(sys.argv[2]), sys.argv[3]
print(f"| store | events | runs | events/s (median) | import s (median) | wall s incl. JVM (median) | peak RSS MiB (max), -Xmx{heap} |")
print("|---|---|---|---|---|---|---|")
for store in ("sqlite", "postgresql"):
    rs = [r for r in rows if r[0] == store]
    if not rs:
        continue
    imp = [float(r[1]) for r in rs]; wall = [float(r[2]) for r in rs]; rss = [int(r[3]) for r in rs]
    created = {int(r[4]) for r in rs}
    assert created == {events}, f"{store}: created {created} != {events}"
    med = statistics.median(imp)
    print(f"| {store} | {events:,} | {len(rs)} | {events / med:,.0f} | {med:.1f} | {statistics.median(wall):.1f} | {max(rss) / 1024:.0f} |")
print("\nReference: listmonk documents its subscriber importer at about 10,000 records/s (not run here).")
PY
