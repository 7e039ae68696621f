/**
 * Renders an analysis: {@code hinge.analysis/1} JSON, the terminal summary, and the one-file HTML
 * report with Chart.js charts and key frames. Renderers write to streams; the caller chooses files
 * (atomically).
 */
package dev.hinge.report;
