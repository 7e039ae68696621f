/**
 * Measures Hinge against labelled clips ({@code hinge eval}): the labels and their strict reader,
 * what the pipeline made of each clip, the scores (rep counts, rep spans matched by overlap, fault
 * recall and precision against the faults the source names and those seen, reps labelled good that
 * get a fault, views, withheld judgements, negatives), the confidence calibration, the pose-track
 * cache that makes re-scoring fast, and the renderers (terminal, {@code hinge.eval/1} JSON, HTML).
 * Faults injected at known sizes into real tracks live in {@code eval.inject}. Scoring is pure; the
 * runner and the cache are the only parts that touch files.
 */
package dev.hinge.eval;
