#!/usr/bin/env python3
"""Robustness of the analysis on variants of real pose tracks that a camera or an editor makes,
without running the pose stage again: each labelled deadlift clip's track at half its frame rate
(a 60 fps phone clip sent on at 30, a 30 fps one at 15), cut to start 0.6 s before its first
labelled pull (a clip cut to the lift), and cut to end 0.8 s after its last labelled lockout (a
clip that stops at the top). Each variant is analysed with `hinge analyze --from-track`; the table
gives its full and partial reps against the labelled count, and its findings against the
original track's. Not a test: the figures depend on the tracks given (make them with
`hinge analyze VIDEO --runtime reference --track DIR/NAME.posetrack.json`, or take the ones
tools/robustness/copies.sh keeps); docs/analysis.md gives the figures measured.

Usage: track-variants.py LABELS.json TRACK_DIR [OUT_DIR]   (OUT_DIR default: target/track-variants)
Needs python3 and a built ./hinge; about a second per analysis.
"""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CUT_BEFORE_PULL_S = 0.6
CUT_AFTER_LOCKOUT_S = 0.8


def variants(track, label):
    """(name, track) pairs: half rate, cut at the start, cut at the end (where the label allows)."""
    out = []
    half = dict(track, frames=[dict(f, i=j) for j, f in enumerate(track["frames"][::2])])
    half["video"] = dict(track["video"], fps=track["video"]["fps"] / 2)
    out.append(("half-rate", half))
    spans = label.get("rep_spans_s") or []
    lockouts = label.get("lockouts_s") or []
    if spans:
        out.append(("cut-start", cut(track, spans[0][0] - CUT_BEFORE_PULL_S, float("inf"))))
    if lockouts:
        out.append(("cut-end", cut(track, float("-inf"), lockouts[-1] + CUT_AFTER_LOCKOUT_S)))
    return out


def cut(track, from_s, to_s):
    """The frames from from_s to to_s, their times from 0; scene cuts moved with them."""
    frames = [f for f in track["frames"] if from_s * 1000 <= f["tMs"] <= to_s * 1000]
    t0, t1 = frames[0]["tMs"], frames[-1]["tMs"]
    video = dict(track["video"], durationMs=t1 - t0 + 1)
    if "sceneCutsMs" in video:
        video["sceneCutsMs"] = [round(t - t0, 3) for t in video["sceneCutsMs"] if t0 < t <= t1]
    shifted = [dict(f, i=j, tMs=round(f["tMs"] - t0, 3)) for j, f in enumerate(frames)]
    return dict(track, frames=shifted, video=video)


def analyse(path, json_out):
    """Full reps, partial reps and the (rep, rule) findings of one track; (0, 0, []) if refused."""
    subprocess.run(
        [os.path.join(ROOT, "hinge"), "analyze", "--from-track", path, "--json", json_out],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    if not os.path.exists(json_out):
        return 0, 0, []
    a = json.load(open(json_out))
    full = sum(1 for r in a["reps"] if not r.get("partial"))
    partial = len(a["reps"]) - full
    findings = sorted(f"{r['index']}:{f['code']}" for r in a["reps"] for f in r.get("faults", []))
    return full, partial, findings


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    labels = json.load(open(sys.argv[1]))
    labels = labels["clips"] if isinstance(labels, dict) else labels
    tracks, out = sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else os.path.join(ROOT, "target", "track-variants")
    os.makedirs(out, exist_ok=True)
    kept = {}
    print(f"{'clip':28s} {'variant':10s} {'reps':>6s} {'found':>9s}  findings (original → variant)")
    for label in labels:
        if label.get("negative_case") or not label.get("usable", True):
            continue
        name = re.sub(r"\.[^.]+$", "", label["file"])
        src = os.path.join(tracks, name + ".posetrack.json")
        if not os.path.exists(src):
            continue
        track = json.load(open(src))
        base = analyse(src, os.path.join(out, name + ".json"))
        for kind, v in variants(track, label):
            path = os.path.join(out, f"{name}.{kind}.posetrack.json")
            with open(path, "w") as f:
                json.dump(v, f)
            full, partial, findings = analyse(path, os.path.join(out, f"{name}.{kind}.json"))
            ok = full == label["reps"]
            n, k = kept.get(kind, (0, 0))
            kept[kind] = (n + 1, k + (1 if ok else 0))
            found = f"{full}" + (f"+{partial}p" if partial else "") + ("" if ok else " ✗")
            change = "" if findings == base[2] else f"{','.join(base[2]) or '—'} → {','.join(findings) or '—'}"
            print(f"{name:28s} {kind:10s} {label['reps']:6d} {found:>9s}  {change}")
    print()
    for kind, (n, k) in kept.items():
        print(f"{kind:10s} labelled full-rep count kept on {k} of {n}")


if __name__ == "__main__":
    main()
