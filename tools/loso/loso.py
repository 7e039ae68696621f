#!/usr/bin/env python3
"""Leave-one-source-out check of the form rules' thresholds (docs/analysis.md).

Reads RuleMetrics.java's table. For each rule's main metric, over the reps the rule judged:
'positives' are reps of clips that name or show the fault, 'clean' the others. For each source
(the clip name's prefix; the fixture clips jc_* are one source) the threshold is placed again
without it: half way between the other sources' most extreme clean rep and their least extreme
positive, or, with no positive left, the other sources' most extreme clean rep plus the margin the
rule has today. Printed: the held-out source's clean reps that threshold would flag and its
positives it would miss. A rule's other conditions (hands seen, the back rising early, and so on)
are not replayed here: the 'fired' column of the table says what the rule itself did.

usage: loso.py metrics.tsv
"""
import csv
import sys

# rule, metric column, today's mild threshold, flagged above it (else below), label
RULES = [
    ("HIPS_SHOOT_UP", "kneeTrunk", 62, True, "hips_shoot_up"),
    ("SQUATTING_THE_DEADLIFT", "thighSetup", 8, False, "squatting_the_deadlift"),
    ("ROUNDED_BACK", "trunkFloor", 85, True, "rounded_back"),
    ("LOCKOUT_HYPEREXTENSION", "lean", 10, True, "lockout_hyperextension"),
    ("BAR_DRIFT", "excursion", 10, True, "bar_drift"),
    ("JERKING_THE_BAR", "speedRatio", 1.35, True, "jerking_the_bar"),
    ("HEAD_POSITION", "head", 40, True, "head_position"),
]


def source(clip):
    return "jc" if clip.startswith("jc_") else clip.split("_")[0].split(".")[0]


def main(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for code, metric, threshold, above, label in RULES:
        judged = [r for r in rows if code not in r["notJudged"].split(",")]
        if code == "LOCKOUT_HYPEREXTENSION":
            # the 10° level applies with the hips pushed through (186°)
            judged = [r for r in judged if float(r["hipTop"]) >= 186]
        pos = [(source(r["clip"]), float(r[metric]), r["clip"]) for r in judged if label in r["faults"]]
        clean = [(source(r["clip"]), float(r[metric]), r["clip"]) for r in judged if label not in r["faults"]]
        past = (lambda v, t: v > t) if above else (lambda v, t: v < t)
        extreme = max if above else min
        worst = extreme(clean, key=lambda x: x[1])
        margin = (threshold - worst[1]) if above else (worst[1] - threshold)
        print(f"\n{code}: {metric} {'>' if above else '<'} {threshold}; {len(judged)} judged reps,"
              f" most extreme clean {worst[1]:g} ({worst[2]}), margin {margin:+.1f};"
              f" positives {[(c, v) for _, v, c in pos] or 'none'}")
        for s in sorted({x[0] for x in clean} | {x[0] for x in pos}):
            others_clean = [v for src, v, _ in clean if src != s]
            others_pos = [v for src, v, _ in pos if src != s]
            if not others_clean:
                continue
            ce = extreme(others_clean)
            if others_pos:
                t = (ce + (min if above else max)(others_pos)) / 2
            elif margin > 0:
                t = ce + margin if above else ce - margin
            else:
                # reps without the label already pass today's threshold (the rule's other
                # conditions, or a label that cannot say): no margin to carry over
                t = threshold
            flagged = [(c, v) for src, v, c in clean if src == s and past(v, t)]
            missed = [(c, v) for src, v, c in pos if src == s and not past(v, t)]
            held_pos = [c for src, _, c in pos if src == s]
            if flagged or missed or held_pos:
                print(f"  without {s}: threshold {t:.1f}; its clean reps flagged {flagged or 'none'};"
                      f" its positives missed {missed or 'none'} of {len(held_pos)}")


if __name__ == "__main__":
    main(sys.argv[1])
