#!/usr/bin/env bash
# Coverage-guided fuzzing of one input format with afl-fuzz and SharpFuzz, beside the deterministic mutation runs.
#   tests/Extract.Fuzz/afl.sh [FORMAT] [SECONDS] [WORK]    (FORMAT: text|html|pdf|docx|xliff|tmx; default pdf, 600 s)
# Installs afl-fuzz (Debian's afl++) and the SharpFuzz instrumenter when missing, publishes the fuzz project into
# WORK/bin, instruments Extract and PdfPig there (never in the repository's own build output), starts afl-fuzz from the
# seed files of FORMAT, and at the end replays every crash and hang afl-fuzz saved through the same pipeline, printing
# the untyped exception of each. Exit code 1 when any saved input fails on replay.
set -euo pipefail
format=${1:-pdf}
seconds=${2:-600}
work=${3:-${TMPDIR:-/tmp}/extract-afl-$format}
root=$(cd "$(dirname "$0")/../.." && pwd)
export PATH="$PATH:$HOME/.dotnet/tools"

if ! command -v afl-fuzz >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi
if ! command -v sharpfuzz >/dev/null; then
    dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0 >/dev/null
fi

rm -rf "$work/bin" "$work/plain" "$work/findings"
mkdir -p "$work"
dotnet publish "$root/tests/Extract.Fuzz" -c Release -o "$work/bin" -v quiet -nologo
# Instrumented code runs only under afl-fuzz: seeds and replays use a plain copy.
cp -r "$work/bin" "$work/plain"
for assembly in Extract UglyToad.PdfPig UglyToad.PdfPig.Core UglyToad.PdfPig.Fonts UglyToad.PdfPig.Tokenization UglyToad.PdfPig.Tokens; do
    sharpfuzz "$work/bin/$assembly.dll"
done

cd "$root"
dotnet "$work/plain/Extract.Fuzz.dll" --afl-seeds "$format" "$work/seeds"

# The target is dotnet, not an instrumented native binary: afl-fuzz's checks of it are skipped.
AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 \
    afl-fuzz -V "$seconds" -i "$work/seeds" -o "$work/findings" -t 10000 -m none -- dotnet "$work/bin/Extract.Fuzz.dll" --afl "$format" \
    > "$work/afl.log" 2>&1 || { tail -20 "$work/afl.log"; exit 2; }
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|bitmap_cvg|saved_crashes|saved_hangs) ' "$work/findings/default/fuzzer_stats"

saved=$(find "$work/findings/default/crashes" "$work/findings/default/hangs" -type f -name 'id:*' 2>/dev/null || true)
if [ -z "$saved" ]; then
    echo "no crash or hang saved"
    exit 0
fi
# shellcheck disable=SC2086
dotnet "$work/plain/Extract.Fuzz.dll" --afl-replay "$format" $saved
