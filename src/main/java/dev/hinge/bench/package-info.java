/**
 * Benchmarks run on demand ({@code hinge bench ...}), never as tests: the analysis stages on a
 * synthetic track ({@link dev.hinge.bench.AnalysisBench}) and the REST API under load ({@link
 * dev.hinge.bench.ApiLoad}). Each prints its figure and the machine it ran on.
 */
package dev.hinge.bench;
