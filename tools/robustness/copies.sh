#!/usr/bin/env bash
# Robustness of the analysis on copies of the labelled real clips that a new camera would make:
# mirrored (the lifter's other side), rotated 6 degrees (a tilted phone), darker with sensor noise,
# half size in a padded frame (a far camera), shaking (a hand-held phone: a 90 % crop that wanders)
# and compressed (a clip sent on through a messaging app: 480 lines, 30 fps, CRF 34). Each copy is
# analysed with `hinge analyze --json` (its pose track kept beside it: re-read a rule change with
# `hinge analyze --from-track`); the table compares its full reps, partial reps and faults with the
# original's. OUT_DIR/labels.json then lists the copies with their originals' labels for
# `hinge eval`. Not a test (copies are lossy re-encodes, so the figures move a little with the
# FFmpeg build); docs/analysis.md gives the figures measured.
# Usage: copies.sh [REAL_DIR] [OUT_DIR]   (defaults: ../shared/fixtures/real, target/copies)
# Needs ffmpeg and python3; takes about 40 minutes on 2 cores (17 clips, 119 analyses).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
real="${1:-$root/../shared/fixtures/real}"
out="${2:-$root/target/copies}"
mkdir -p "$out"
# the usable side and oblique deadlift clips of the labels
clips=$(python3 - "$real/labels.json" <<'PY'
import json, sys
labels = json.load(open(sys.argv[1]))
clips = labels["clips"] if isinstance(labels, dict) else labels
for c in clips:
    if c.get("view") in ("side", "oblique") and not c.get("negative_case") and c.get("usable", True):
        print(c["file"])
PY
)
declare -A filters=(
  [mirrored]="hflip"
  [rotated]="rotate=6*PI/180"
  [dark]="eq=brightness=-0.25:contrast=0.7,noise=alls=12:allf=t"
  [far]="scale=trunc(iw/4)*2:trunc(ih/4)*2,pad=iw*2:ih*2:iw/2:ih/2"
  [shaking]="crop=iw*0.9:ih*0.9:(iw*0.05)*(1+sin(2*PI*t*1.3)):(ih*0.05)*(1+cos(2*PI*t*0.9))"
  [compressed]="scale=-2:'min(480,ih)':flags=bicubic,fps=30"
)
# every copy is a near-lossless re-encode but the messaging app's, which is the point of that one
declare -A crf=([compressed]=34)
for f in $clips; do
  name="${f%.*}"
  "$root/hinge" analyze "$real/$f" --track "$out/$name.posetrack.json" --json "$out/$name.json" \
    >/dev/null 2>"$out/$name.err" || true
  for kind in "${!filters[@]}"; do
    copy="$out/$name.$kind.mp4"
    [ -f "$copy" ] || ffmpeg -nostdin -v error -y -i "$real/$f" -vf "${filters[$kind]}" -an \
      -c:v libx264 -preset veryfast -crf "${crf[$kind]:-20}" -pix_fmt yuv420p "$copy"
    "$root/hinge" analyze "$copy" --track "$out/$name.$kind.posetrack.json" \
      --json "$out/$name.$kind.json" >/dev/null 2>"$out/$name.$kind.err" || true
  done
done
# the copies with their originals' labels, so that `hinge eval "$out/labels.json"` scores them
# too (and caches their pose tracks: re-scoring after a rule change then takes seconds)
python3 - "$real/labels.json" "$out" <<'PY'
import json, os, sys
labels = json.load(open(sys.argv[1]))
clips = labels["clips"] if isinstance(labels, dict) else labels
out = sys.argv[2]
file_fields = ("sha256", "size_bytes", "width", "height", "fps", "duration_s", "codec",
               "container", "rotation", "transcoded")
copies = []
for c in clips:
    name = os.path.splitext(c["file"])[0]
    for f in sorted(os.listdir(out)):
        if f.startswith(name + ".") and f.endswith(".mp4") and f != c["file"]:
            copy = {k: v for k, v in c.items() if k not in file_fields}
            copy["file"] = f
            copies.append(copy)
json.dump(copies, open(os.path.join(out, "labels.json"), "w"), indent=1)
PY
python3 - "$out" $clips <<'PY'
import json, os, sys
out, clips = sys.argv[1], sys.argv[2:]
kinds = ["mirrored", "rotated", "dark", "far", "shaking", "compressed"]
def read(base):
    p = base + ".json"
    if not os.path.exists(p):
        err = open(base + ".err").read().strip().splitlines()
        return None, (err[-1] if err else "no output")[:70]
    d = json.load(open(p))
    faults = sorted({f["code"] for r in d["reps"] for f in r["faults"]})
    return (d["repCount"], d["partialReps"], faults), None
same = failed = total = 0
per = {k: 0 for k in kinds}
print(f"{'clip':28s} {'copy':9s} full partial faults")
for f in clips:
    name = os.path.splitext(f)[0]
    orig, why = read(os.path.join(out, name))
    print(f"{name:28s} {'original':9s} " + (f"{orig[0]:4d} {orig[1]:7d} {','.join(orig[2]) or '-'}" if orig else "failed: " + why))
    for k in kinds:
        got, why = read(os.path.join(out, f"{name}.{k}"))
        total += 1
        if got is None:
            failed += 1
            print(f"{'':28s} {k:9s} failed: {why}")
            continue
        if orig and got[0] == orig[0]:
            same += 1
            per[k] += 1
        mark = "" if orig and got[0] == orig[0] else "   <- full reps differ"
        print(f"{'':28s} {k:9s} {got[0]:4d} {got[1]:7d} {','.join(got[2]) or '-'}{mark}")
print(f"\ncopies: {total}; no analysis: {failed}; same full-rep count as the original: {same}")
print("per kind: " + ", ".join(f"{k} {per[k]} of {len(clips)}" for k in kinds))
PY
