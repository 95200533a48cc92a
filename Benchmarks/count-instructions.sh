#!/usr/bin/env bash
# Instructions per operation (valgrind callgrind, deterministic on a noisy machine) of benchmark scenarios named
# exactly, for the build of the checkout this script is in. Usage:
#   Benchmarks/count-instructions.sh REPEATS "scenario name" ["scenario name" …]
# Each count is (run with REPEATS operations − run with none) / REPEATS, so the setup the two runs share cancels
# out; hashing is made deterministic (SWIFT_DETERMINISTIC_HASHING) so that repeated runs agree exactly.
# To compare two commits, run the script from a worktree of each.
set -euo pipefail
cd "$(dirname "$0")"
swift build -c release > /dev/null
binary=.build/release/LinguaFrancaBenchmarks
repeats=$1
shift
total() {
    SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file=/tmp/lingua-callgrind.out "$binary" \
        --filter "=$1" --count-only candidate "$2" > /dev/null 2>&1
    awk '/^(summary|totals):/ {print $2; exit}' /tmp/lingua-callgrind.out
}
for name in "$@"; do
    none=$(total "$name" 0)
    some=$(total "$name" "$repeats")
    python3 -c "print(f'{($some - $none) / $repeats:12,.0f}  $name')"
done
