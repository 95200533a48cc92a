#!/usr/bin/env bash
# lingua logs convert throughput on a generated log: MB/s, lines/s and peak memory, one job and two.
#   Benchmarks/logs-throughput.sh [anthropic|yandex] [MEGABYTES]      (defaults: anthropic 200)
# Builds the release lingua, generates the log under ${TMPDIR:-/tmp} (not committed), converts it to /dev/null.
set -euo pipefail
cd "$(dirname "$0")/.."
provider="${1:-anthropic}"
megabytes="${2:-200}"
log="${TMPDIR:-/tmp}/lingua-$provider-${megabytes}mb.jsonl"
swift build -c release --product lingua > /dev/null
[ -f "$log" ] || python3 Benchmarks/generate-log.py "$provider" "$megabytes" "$log"
lines=$(wc -l < "$log")
for jobs in 1 2; do
    timing="$log.time"
    /usr/bin/time -o "$timing" -f '%e %M' .build/release/lingua logs convert --from "$provider" --jobs "$jobs" \
        "$log" -o /dev/null --rejects /dev/null 2> /dev/null
    report=$(tail -1 "$timing")
    seconds=${report% *}
    kilobytes=${report#* }
    awk -v s="$seconds" -v kb="$kilobytes" -v mb="$megabytes" -v n="$lines" -v j="$jobs" -v p="$provider" \
        'BEGIN { printf "%s, %d MB, --jobs %d: %.2f s, %.1f MB/s, %.0f lines/s, peak RSS %.1f MB\n", p, mb, j, s, mb / s, n / s, kb / 1024 }'
done
