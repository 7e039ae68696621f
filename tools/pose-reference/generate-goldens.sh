#!/usr/bin/env bash
# Regenerates Hinge's golden pose tracks with the official MediaPipe Pose web solution.
# Needs: node + npm, Debian's chromium and ffmpeg (apt-get install chromium ffmpeg).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
videos="${VIDEOS:-$root/../shared/fixtures/videos}"
out="$root/src/test/resources/golden"
mkdir -p "$out"
cd "$here"
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund
run() { node run.mjs --video "$videos/$1.mp4" --model "$2" --out "$out/$1.$2.posetrack.json"; }
for clip in jc_good formfit_deadlift jc_bad jc_heellift jc_rdl jc_nico_blocked jc_nico_unblocked jc_short; do
  run "$clip" full
done
run jc_good lite
run jc_good heavy
# A second run of the same clip shows how much the official solution differs from itself.
node run.mjs --video "$videos/jc_good.mp4" --model full --out "${TMPDIR:-/tmp}/jc_good.full.second-run.json"
node compare.mjs "$out/jc_good.full.posetrack.json" "${TMPDIR:-/tmp}/jc_good.full.second-run.json"
