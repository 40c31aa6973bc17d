#!/usr/bin/env bash
# Import speed from officers' files (BENCHMARKS.md, "Officers' files"): one outlets file as UTF-8
# CSV, as GB18030 CSV (`iconv`) and as an Excel workbook (LibreOffice headless), imported by one
# release binary in interleaved rounds — csv, gb18030, xlsx, csv, … — into a fresh copy of one
# starting registry (the operators imported), timed by GNU time (wall, user + system CPU, peak
# RSS). Each round's ratios (gb18030 / csv, xlsx / csv), taken in the same minute, cancel the
# machine's drift; the script prints their medians. A full import (checks and writes), then the
# same with `--dry-run` (parse and check only), so the reading's share shows.
#
#   Benchmarks/run-files-bench.sh PUHUI DATA OUT [ROUNDS]
#
# DATA holds operators.csv and outlets.csv (`puhui-datagen`); the converted copies are made in
# OUT once. Needs iconv, soffice (libreoffice-calc), GNU time, python3.
set -euo pipefail
PUHUI=$1; DATA=$2; OUT=$3; ROUNDS=${4:-3}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
cp "$DATA/outlets.csv" "$OUT/outlets.csv"
[ -s "$OUT/outlets-gb.csv" ] || iconv -f UTF-8 -t GB18030 "$OUT/outlets.csv" > "$OUT/outlets-gb.csv"
if [ ! -s "$OUT/outlets.xlsx" ]; then
    # Every column as text (format 2), as an officer's sheet keeps codes and ids.
    columns=$(head -1 "$OUT/outlets.csv" | awk -F, '{ for (i = 1; i <= NF; i++) printf "%s%d/2", (i > 1 ? "/" : ""), i }')
    (cd "$OUT" && soffice --headless --infilter="CSV:44,34,76,1,$columns" --convert-to xlsx outlets.csv >/dev/null 2>&1)
fi
ls -l "$OUT"/outlets.csv "$OUT"/outlets-gb.csv "$OUT"/outlets.xlsx | tee "$OUT/files.txt"
rm -f "$OUT/start.sqlite"*
"$PUHUI" init --db "$OUT/start.sqlite" >/dev/null 2>&1
"$PUHUI" import operators "$DATA/operators.csv" --db "$OUT/start.sqlite" --officer bench --reason benchmark --quiet >/dev/null
one() { # mode label file round
    local mode=$1 label=$2 file=$3 round=$4 db="$OUT/run.sqlite" extra=()
    rm -f "$db" "$db-wal" "$db-shm"
    cp "$OUT/start.sqlite" "$db"
    [ "$mode" = dry ] && extra=(--dry-run)
    /usr/bin/time -f "%e %U %S %M" -o "$OUT/time.txt" \
        "$PUHUI" import outlets "$file" --db "$db" --officer bench --reason benchmark --quiet "${extra[@]}" >/dev/null
    read -r wall user sys rss < "$OUT/time.txt"
    echo "$mode $round $label wall=$wall cpu=$(echo "$user + $sys" | bc) rss_kib=$rss load=$(cut -d' ' -f1 /proc/loadavg)" \
        | tee -a "$OUT/rounds.txt"
}
: > "$OUT/rounds.txt"
for round in $(seq 1 "$ROUNDS"); do
    for mode in full dry; do
        one "$mode" csv "$OUT/outlets.csv" "$round"
        one "$mode" gb18030 "$OUT/outlets-gb.csv" "$round"
        one "$mode" xlsx "$OUT/outlets.xlsx" "$round"
    done
done
python3 - "$OUT/rounds.txt" <<'PY'
import re, statistics, sys
rows = [dict(re.findall(r"(\w+)=([\d.]+)", l), mode=l.split()[0], round=l.split()[1], label=l.split()[2]) for l in open(sys.argv[1])]
for mode in ("full", "dry"):
    for measure in ("wall", "cpu"):
        side = {lab: {r["round"]: float(r[measure]) for r in rows if r["mode"] == mode and r["label"] == lab}
                for lab in ("csv", "gb18030", "xlsx")}
        line = [f"{mode} {measure}: csv median {statistics.median(side['csv'].values()):.2f} s"]
        for lab in ("gb18030", "xlsx"):
            ratios = sorted(side[lab][k] / side["csv"][k] for k in side["csv"] if k in side[lab])
            line.append(f"{lab} median {statistics.median(side[lab].values()):.2f} s, "
                        f"{lab}/csv {statistics.median(ratios):.3f} ({ratios[0]:.3f}–{ratios[-1]:.3f})")
        print("; ".join(line))
    rss = {lab: max(int(r["rss_kib"]) for r in rows if r["mode"] == mode and r["label"] == lab) for lab in ("csv", "gb18030", "xlsx")}
    print(f"{mode} peak RSS MiB: " + ", ".join(f"{k} {v / 1024:.0f}" for k, v in rss.items()))
PY
