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
# Two sets: the web default (inference through WebGL) as <clip>.<model>.posetrack.json, and the
# solution's CPU inference (useCpuInference) as <clip>.<model>.cpu.posetrack.json.
run() {
  local suffix=""
  [ "$3" = cpu ] && suffix=".cpu"
  node run.mjs --video "$videos/$1.mp4" --model "$2" --inference "$3" --out "$out/$1.$2$suffix.posetrack.json"
}
for inference in gpu cpu; do
  for clip in jc_good formfit_deadlift jc_bad jc_heellift jc_rdl jc_nico_blocked jc_nico_unblocked jc_short; do
    run "$clip" full "$inference"
  done
  run jc_good lite "$inference"
  run jc_good heavy "$inference"
done
# Clips made from the fixtures with the lifter at the picture's edge or in a portrait picture: the
# CPU path only (the one Hinge must match; PoseAccuracyIT makes the same clips and checks their
# frames' MD5).
derived="${TMPDIR:-/tmp}/hinge-derived-clips"
"$here/make-derived-clips.sh" "$derived" >/dev/null
grep -v '^#' "$root/src/test/resources/golden/derived-clips.tsv" | cut -f1 | while read -r clip; do
  [ -n "$clip" ] || continue
  node run.mjs --video "$derived/$clip.mkv" --model full --inference cpu --out "$out/$clip.full.cpu.posetrack.json" </dev/null
done
# A second run of the same clip shows how much the official solution differs from itself.
tmp="${TMPDIR:-/tmp}"
node run.mjs --video "$videos/jc_good.mp4" --model full --out "$tmp/jc_good.full.second-run.json"
node compare.mjs "$out/jc_good.full.posetrack.json" "$tmp/jc_good.full.second-run.json"
node run.mjs --video "$videos/jc_good.mp4" --model full --inference cpu --out "$tmp/jc_good.full.cpu.second-run.json"
node compare.mjs "$out/jc_good.full.cpu.posetrack.json" "$tmp/jc_good.full.cpu.second-run.json"
# How far the solution's two inference paths are from each other, clip by clip.
for clip in jc_good formfit_deadlift jc_bad jc_heellift jc_rdl jc_nico_blocked jc_nico_unblocked jc_short; do
  echo "$clip: $(node compare.mjs "$out/$clip.full.posetrack.json" "$out/$clip.full.cpu.posetrack.json" | tail -1)"
done
