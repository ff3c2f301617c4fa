#!/usr/bin/env bash
# Whole-process timing, jjmask against KLayout doing the same work, plus this machine's disk
# bandwidth; prints a Markdown report (docs/BENCHMARKS.md quotes one).
#
#   bench/compare-klayout.sh [-r RUNS] [-n HOLES] [-o REPORT.md] [--cold]
#
#   -r RUNS    runs of every command, alternating jjmask and KLayout (default 5); the median is
#              reported with the spread (min..max)
#   -n HOLES   flat holes for the write/read case (default 1000000, 288 MB); the 72 MB read of
#              GDSII.md (250,000 holes) always runs too
#   -o FILE    also write the report to FILE
#   --cold     also time the reads after dropping the page cache (needs root; skipped otherwise)
#
# Needs java 17, klayout (apt-get install -y klayout) and python3; builds
# bench/target/benchmarks.jar when missing. Work files go to a fresh directory under
# ${TMPDIR:-/tmp} and are deleted at the end (about 1.2 GB at the peak with the default -n).
set -euo pipefail

RUNS=5
HOLES=1000000
REPORT=""
COLD=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    -r) RUNS="$2"; shift 2 ;;
    -n) HOLES="$2"; shift 2 ;;
    -o) REPORT="$2"; shift 2 ;;
    --cold) COLD=1; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
JAR="$HERE/target/benchmarks.jar"
KL="$HERE/klayout"
for tool in java klayout python3; do
  command -v "$tool" >/dev/null || { echo "compare-klayout: $tool not found" >&2; exit 2; }
done
if [[ ! -f "$JAR" ]]; then
  (cd "$ROOT" && mvn -B -ntp -pl bench -am package -DskipTests) >&2
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/jjmask-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
RESULTS="$WORK/results.tsv"     # case, tool, run, wall_s, maxrss_kB, tool's own output line
: > "$RESULTS"

can_drop() { [[ -w /proc/sys/vm/drop_caches ]] && sync && echo 3 > /proc/sys/vm/drop_caches 2>/dev/null; }

# one timed run: CASE TOOL RUN command...; wall time from the shell, max RSS from GNU time
run() {
  local case="$1" tool="$2" n="$3"; shift 3
  local t0 t1 out rss
  t0=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$WORK/rss" "$@" > "$WORK/out" 2> "$WORK/err" || {
    echo "compare-klayout: failed: $*" >&2; cat "$WORK/err" >&2; exit 1; }
  t1=$(date +%s%N)
  out=$(grep -E '^(FlatWrite|FlatRead|HallBarWrite|klayout_)' "$WORK/out" | tail -1 || true)
  rss=$(tail -1 "$WORK/rss")
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$case" "$tool" "$n" "$(( (t1 - t0) / 1000 ))e-6" "$rss" "$out" >> "$RESULTS"
}

JAVA=(java -cp "$JAR")
KLAYOUT=(klayout -b -r)

echo "compare-klayout: $RUNS runs each, work files in $WORK" >&2

# ---- disk bandwidth: dd, 1 GiB, fdatasync for writes; cold reads only where caches can be dropped
DD="$WORK/dd.bin"
dd_s() { dd "$@" bs=1M 2>&1 | awk '/copied/ {print $(NF-3)}'; }
for i in $(seq "$RUNS"); do
  printf 'disk_write\tdd\t%s\t%s\t0\t\n' "$i" "$(dd_s if=/dev/zero of="$DD" count=1024 conv=fdatasync)" >> "$RESULTS"
  if can_drop; then
    printf 'disk_read_cold\tdd\t%s\t%s\t0\t\n' "$i" "$(dd_s if="$DD" of=/dev/null)" >> "$RESULTS"
  fi
  printf 'cache_read\tdd\t%s\t%s\t0\t\n' "$i" "$(dd_s if="$DD" of=/dev/null)" >> "$RESULTS"
  rm -f "$DD"
  printf 'cache_write\tdd\t%s\t%s\t0\t\n' "$i" "$(dd_s if=/dev/zero of="$DD" count=1024)" >> "$RESULTS"
  rm -f "$DD"
done
rm -f "$DD"

# ---- start-up alone: an empty library from each
for i in $(seq "$RUNS"); do
  run startup jjmask "$i" "${JAVA[@]}" org.jjmask.bench.FlatWrite 0 "$WORK/empty-j.gds"
  run startup klayout "$i" "${KLAYOUT[@]}" "$KL/flat_write.py" -rd n=0 -rd out="$WORK/empty-k.gds"
done

# ---- flat write of HOLES 32-gons (the files are kept for the read below)
# every write goes to a new file (overwriting a 288 MB file first frees its pages, not timed here)
for i in $(seq "$RUNS"); do
  rm -f "$WORK"/flat-*.gds
  run flat_write jjmask "$i" "${JAVA[@]}" org.jjmask.bench.FlatWrite "$HOLES" "$WORK/flat-j.gds"
  run flat_write klayout "$i" "${KLAYOUT[@]}" "$KL/flat_write.py" -rd n="$HOLES" -rd out="$WORK/flat-k.gds"
  run flat_write klayout_flatten "$i" "${KLAYOUT[@]}" "$KL/flat_write.py" -rd n="$HOLES" -rd out="$WORK/flat-kf.gds" -rd mode=flatten
  rm -f "$WORK/flat-sync.gds"
  run flat_write_fsync jjmask "$i" "${JAVA[@]}" org.jjmask.bench.FlatWrite "$HOLES" "$WORK/flat-sync.gds" 32 --fsync
done
rm -f "$WORK/flat-sync.gds"
# the same file size and the same polygons: KLayout starts each ring at another vertex and
# writes the polygons in another order, so compare the sorted multisets of vertex sets
python3 - "$WORK/flat-j.gds" "$WORK/flat-k.gds" <<'PY' >&2
import os, struct, sys
def polygons(path):
    out = []
    with open(path, "rb") as f:
        data = f.read()
    p = 0
    while p + 4 <= len(data):
        length, rid = struct.unpack_from(">HH", data, p)
        if length < 4:
            break
        if rid == 0x1003:
            v = struct.unpack_from(">%di" % ((length - 4) // 4), data, p + 4)
            out.append(hash(frozenset(zip(v[0::2], v[1::2]))))
        p += length
    return sorted(out)
a, b = sys.argv[1], sys.argv[2]
pa, pb = polygons(a), polygons(b)
same = os.path.getsize(a) == os.path.getsize(b) and pa == pb
print("flat files: %s (%d / %d bytes, %d / %d polygons)"
      % ("the same polygons" if same else "DIFFERENT", os.path.getsize(a), os.path.getsize(b), len(pa), len(pb)))
PY
rm -f "$WORK/flat-k.gds" "$WORK/flat-kf.gds"

# ---- reads: the HOLES file and GDSII.md's 72 MB file (250,000 holes), page cache warm
"${JAVA[@]}" org.jjmask.bench.FlatWrite 250000 "$WORK/flat72.gds" > /dev/null
for i in $(seq "$RUNS"); do
  run read_72MB jjmask "$i" "${JAVA[@]}" org.jjmask.bench.FlatRead "$WORK/flat72.gds"
  run read_72MB klayout "$i" "${KLAYOUT[@]}" "$KL/flat_read.py" -rd infile="$WORK/flat72.gds"
  run flat_read jjmask "$i" "${JAVA[@]}" org.jjmask.bench.FlatRead "$WORK/flat-j.gds"
  run flat_read klayout "$i" "${KLAYOUT[@]}" "$KL/flat_read.py" -rd infile="$WORK/flat-j.gds"
done
if [[ $COLD == 1 ]]; then
  if can_drop; then
    for i in $(seq "$RUNS"); do
      can_drop; run flat_read_cold jjmask "$i" "${JAVA[@]}" org.jjmask.bench.FlatRead "$WORK/flat-j.gds"
      can_drop; run flat_read_cold klayout "$i" "${KLAYOUT[@]}" "$KL/flat_read.py" -rd infile="$WORK/flat-j.gds"
    done
  else
    echo "compare-klayout: cannot drop the page cache here; cold reads skipped" >&2
  fi
fi
rm -f "$WORK/flat-j.gds" "$WORK/flat72.gds"

# ---- hierarchical: the Hall bar, spec to file; KLayout fills the same outline
"${JAVA[@]}" org.jjmask.bench.HallBarWrite "$WORK/hb-j.gds" "$WORK/outline.txt" > /dev/null
for i in $(seq "$RUNS"); do
  run hallbar jjmask "$i" "${JAVA[@]}" org.jjmask.bench.HallBarWrite "$WORK/hb-j.gds"
  run hallbar klayout "$i" "${KLAYOUT[@]}" "$KL/hallbar_fill.py" -rd outline="$WORK/outline.txt" -rd out="$WORK/hb-k.gds"
done

# ---- the report
python3 - "$RESULTS" "$RUNS" "$HOLES" <<'PY' | tee "${REPORT:-/dev/null}"
import collections, statistics, subprocess, sys, os
path, runs, holes = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rows = collections.defaultdict(list)
for line in open(path):
    case, tool, n, wall, rss, out = line.rstrip("\n").split("\t")
    fields = dict(kv.split("=", 1) for kv in out.split()[1:] if "=" in kv) if tool != "dd" else {}
    rows[(case, tool)].append((float(wall), int(rss), fields))

def med(xs):
    return statistics.median(xs)

def spread(xs):
    return "%.2f..%.2f" % (min(xs), max(xs))

def field(case, tool, key):
    vals = [float(f[key]) for _, _, f in rows[(case, tool)] if key in f]
    return med(vals) if vals else float("nan")

def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip() or \
            subprocess.run(cmd, shell=True, capture_output=True, text=True).stderr.strip()
    except Exception as e:
        return str(e)

gib = 1073741824
bw = {}
for case in ("disk_write", "disk_read_cold", "cache_write", "cache_read"):
    ts = [w for w, _, _ in rows.get((case, "dd"), [])]
    if ts:
        bw[case] = (gib / 1e6 / med(ts), gib / 1e6 / max(ts), gib / 1e6 / min(ts))

print("## Whole processes, jjmask vs KLayout (%d runs each, median and min..max)\n" % runs)
print("Machine: %s cores, %s; %s; %s\n" % (os.cpu_count(),
      sh("free -g | awk '/Mem:/ {print $2 \" GiB memory\"}'"),
      sh("java -version 2>&1 | head -1"), sh("klayout -v")))
print("| disk (dd, 1 GiB) | MB/s median | min..max |")
print("|---|---|---|")
names = {"disk_write": "write, conv=fdatasync (the disk)", "disk_read_cold": "read, page cache dropped (the disk)",
         "cache_read": "read, page cache warm", "cache_write": "write into the page cache, no sync"}
for case, (m, lo, hi) in bw.items():
    print("| %s | %.0f | %.0f..%.0f |" % (names[case], m, lo, hi))
print()

mb_flat = 288.000106 * holes / 1e6
cases = [
    ("startup", "klayout", "start-up only (empty library)", 0, 0),
    ("flat_write", "klayout", "flat write, %d 32-gons (%.0f MB); KLayout: Python loop of Shapes.insert" % (holes, mb_flat), holes, mb_flat),
    ("flat_write", "klayout_flatten", "same; KLayout: array + flatten in C++", holes, mb_flat),
    ("read_72MB", "klayout", "read + count, 250,000 32-gons (72 MB)", 250000, 72.0),
    ("flat_read", "klayout", "read + count, %d 32-gons (%.0f MB)" % (holes, mb_flat), holes, mb_flat),
    ("flat_read_cold", "klayout", "same, page cache dropped before each run", holes, mb_flat),
    ("hallbar", "klayout", "Hall bar 1000 x 200 µm, 200 nm triangular lattice of 64-gons: fill + write", 0, 0),
]
print("| work | jjmask s | KLayout s | KLayout / jjmask | jjmask holes/s | jjmask MB/s | jjmask max RSS MB | KLayout max RSS MB |")
print("|---|---|---|---|---|---|---|---|")
for case, ktool, title, n, mb in cases:
    j = rows.get((case, "jjmask"))
    k = rows.get((case, ktool))
    if not j or not k:
        continue
    jw = [w for w, _, _ in j]
    kw = [w for w, _, _ in k]
    if case == "hallbar":
        n = field(case, "jjmask", "holes")
    hs = "%.3g" % (n / med(jw)) if n else ""
    ms = "%.0f" % (mb / med(jw)) if mb else ""
    print("| %s | %.2f (%s) | %.2f (%s) | %.2f | %s | %s | %.0f | %.0f |" % (
        title, med(jw), spread(jw), med(kw), spread(kw), med(kw) / med(jw), hs, ms,
        med([r for _, r, _ in j]) / 1024, med([r for _, r, _ in k]) / 1024))
print()

print("In-process figures (each tool's own clock around the work, start-up excluded; medians):\n")
print("| work | jjmask | KLayout |")
print("|---|---|---|")
def inproc(case):
    return case in ("flat_write", "read_72MB", "flat_read", "flat_read_cold", "hallbar")
for case, ktool, title, n, mb in cases:
    if not inproc(case) or not rows.get((case, "jjmask")) or not rows.get((case, ktool)):
        continue
    if case == "flat_write":
        js = "write %.3f s" % field(case, "jjmask", "seconds")
        ks = "build %.3f s + write %.3f s" % (field(case, ktool, "build_s"), field(case, ktool, "write_s"))
    elif case == "hallbar":
        js = "%d holes: spec %.3f s + design %.3f s + write %.3f s" % (field(case, "jjmask", "holes"), field(case, "jjmask", "spec_s"),
             field(case, "jjmask", "design_s"), field(case, "jjmask", "write_s"))
        ks = "%d holes, %d instances: fill %.3f s + write %.3f s" % (field(case, ktool, "holes"),
             field(case, ktool, "instances"), field(case, ktool, "fill_s"), field(case, ktool, "write_s"))
    else:
        js = "read %.3f s + inspect %.3f s" % (field(case, "jjmask", "read_s"), field(case, "jjmask", "inspect_s"))
        ks = "read %.3f s + count %.3f s" % (field(case, ktool, "read_s"), field(case, ktool, "count_s"))
    print("| %s | %s | %s |" % (title, js, ks))
print()
def frac(mb, s, case):
    return "%.0f MB/s = %.2f x dd's %.0f MB/s" % (mb / s, mb / s / bw[case][0], bw[case][0]) if case in bw else ""

print("Against this machine's bandwidth (dd medians above; jjmask's own clock, start-up excluded):\n")
print("| jjmask | MB/s and fraction of dd |")
print("|---|---|")
if rows.get(("flat_write", "jjmask")):
    print("| flat write into the page cache | %s (write, no sync) |" % frac(mb_flat, field("flat_write", "jjmask", "seconds"), "cache_write"))
if rows.get(("flat_write_fsync", "jjmask")):
    print("| flat write + fdatasync | %s (write, conv=fdatasync) |" % frac(mb_flat, field("flat_write_fsync", "jjmask", "seconds"), "disk_write"))
if rows.get(("flat_read", "jjmask")):
    print("| read + inspect, page cache warm | %s (read, warm) |" % frac(mb_flat, field("flat_read", "jjmask", "seconds"), "cache_read"))
if rows.get(("flat_read_cold", "jjmask")):
    print("| read + inspect, page cache dropped | %s (read, cold) |" % frac(mb_flat, field("flat_read_cold", "jjmask", "seconds"), "disk_read_cold"))
PY
