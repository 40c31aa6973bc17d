#!/usr/bin/env bash
# Fuzzes one target with libFuzzer (docs/FUZZING.md):
#   Scripts/fuzz.sh csv|rules|cel [SECONDS] [extra libFuzzer options…]
# Builds PuhuiFuzz with -sanitize=fuzzer in its own scratch folder (.build/fuzz), starts from the
# kept corpus (Tests/PuhuiFuzzTests/Corpus/TARGET) and writes new inputs to .build/fuzz/corpus/TARGET.
# A crash or a broken invariant leaves crash-*/timeout-*/oom-* in .build/fuzz/findings: copy it into
# the corpus folder, fix the bug, and the test suite replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: Scripts/fuzz.sh csv|rules|cel [SECONDS] [libFuzzer options]}"
seconds="${2:-60}"
shift $(( $# >= 2 ? 2 : 1 ))
swift build -c release --scratch-path .build/fuzz --product PuhuiFuzz \
    -Xswiftc -sanitize=fuzzer -Xswiftc -DPUHUI_LIBFUZZER
mkdir -p ".build/fuzz/corpus/$target" .build/fuzz/findings
# Limits: 1 s per input, 2 GiB of memory, as docs/LIMITS.md promises far less.
PUHUI_FUZZ_TARGET="$target" .build/fuzz/release/PuhuiFuzz \
    -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix=.build/fuzz/findings/ "$@" \
    ".build/fuzz/corpus/$target" "Tests/PuhuiFuzzTests/Corpus/$target"
