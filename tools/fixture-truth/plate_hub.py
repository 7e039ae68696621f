#!/usr/bin/env python3
"""Tracks the near plate's hub (the bar's end) through a fixture clip, frame by frame.

A barbell is rigid: where its end is, the bar is. The hub's height in the picture is the bar's own
height, free of the hand landmarks' wobble, so it tells when the plates leave the floor and when
they touch down again. Used to measure Hinge's rep boundaries on formfit_deadlift.mp4
(GoldenTrackAnalysisIT).

    python3 plate_hub.py VIDEO X Y [FRAME]

X, Y: the hub's pixel position in FRAME (default 5), where the bar rests on the floor. Prints
"frame:y(score)" for every frame: y is the hub's row (smaller is higher), score the normalised
cross-correlation of the 60x60 patch around it with the one in FRAME. Needs numpy and ffmpeg.
"""
import subprocess
import sys

import numpy as np


def frames(video):
    probe = subprocess.run(
        ["ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
         "stream=width,height", "-of", "csv=p=0", video],
        capture_output=True, text=True, check=True).stdout.strip().split(",")
    w, h = int(probe[0]), int(probe[1])
    raw = subprocess.run(["ffmpeg", "-v", "error", "-i", video, "-f", "rawvideo",
                          "-pix_fmt", "gray", "-"], capture_output=True, check=True).stdout
    return np.frombuffer(raw, np.uint8).reshape(-1, h, w).astype(np.float32)


def ncc(a, b):
    a = a - a.mean()
    b = b - b.mean()
    d = np.sqrt((a * a).sum() * (b * b).sum())
    return (a * b).sum() / d if d > 0 else -1.0


def main():
    video, x, y = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    ref = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    f = frames(video)
    height = f.shape[1]
    template = f[ref][y - 35:y + 25, x - 30:x + 30]
    out = []
    for i in range(len(f)):
        best = (-2.0, y, x)
        for yy in range(max(35, y - 30), min(height - 25, y + 31)):
            for xx in range(x - 6, x + 7, 2):
                patch = f[i][yy - 35:yy + 25, xx - 30:xx + 30]
                if patch.shape == template.shape:
                    best = max(best, (ncc(template, patch), yy, xx))
        _, y, x = best
        out.append("%d:%d(%.2f)" % (i, y, best[0]))
    print(" ".join(out))


if __name__ == "__main__":
    main()
