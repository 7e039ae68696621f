#!/usr/bin/env bash
# Makes the derived test clips (src/test/resources/golden/derived-clips.tsv) from the fixture clips
# (a source named real/NAME: from the labelled set, ../shared/fixtures/real) into a folder, losslessly (FFV1), and checks each clip's frames against the MD5 the file gives.
# Usage: make-derived-clips.sh OUTDIR   (VIDEOS=... / REAL=... for other fixture folders)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
videos="${VIDEOS:-$root/../shared/fixtures/videos}"
real="${REAL:-$root/../shared/fixtures/real}"
out="${1:?usage: make-derived-clips.sh OUTDIR}"
mkdir -p "$out"
grep -v '^#' "$root/src/test/resources/golden/derived-clips.tsv" | while IFS=$'\t' read -r name source filter md5; do
  [ -n "$name" ] || continue
  case "$source" in real/*) src="$real/${source#real/}" ;; *) src="$videos/$source" ;; esac
  ffmpeg -nostdin -v error -y -i "$src" -vf "$filter" -c:v ffv1 -pix_fmt yuv420p -an "$out/$name.mkv"
  got="$(ffmpeg -nostdin -v error -i "$out/$name.mkv" -map 0:v -pix_fmt yuv420p -f md5 -)"
  if [ "$got" != "MD5=$md5" ]; then
    echo "$name: frames $got, expected MD5=$md5 (this FFmpeg crops or pads differently)" >&2
    exit 1
  fi
  echo "$out/$name.mkv"
done
