#!/usr/bin/env bash
# Instruction counts (valgrind callgrind, deterministic on a noisy machine) of read → typed → write on the typical
# request, without and with applying a capability table. Usage: Benchmarks/count-table-overhead.sh [provider…]
set -euo pipefail
cd "$(dirname "$0")"
swift build -c release > /dev/null
binary=.build/release/LinguaFrancaBenchmarks
total() {
    valgrind --tool=callgrind --callgrind-out-file=/tmp/lingua-callgrind.out "$binary" \
        --filter "$1" --quick --count-only "$2" "$3" > /dev/null 2>&1
    awk '/^(summary|totals):/ {print $2; exit}' /tmp/lingua-callgrind.out
}
for provider in "${@:-openai yandex-openai}"; do
    for name in $provider; do
        filter="→ $name table →"
        start=$(total "$filter" baseline 0)
        base=$(total "$filter" baseline 200)
        with=$(total "$filter" candidate 200)
        python3 -c "s,b,w=$start,$base,$with; b=(b-s)/200; w=(w-s)/200; print(f'$name: {b:,.0f} → {w:,.0f} instructions per request, +{(w/b-1)*100:.1f}%')"
    done
done
