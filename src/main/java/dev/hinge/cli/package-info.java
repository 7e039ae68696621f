/**
 * The command line: picocli commands that parse arguments, call the pipeline, triage or journal,
 * print results on stdout and diagnostics on stderr, and turn failures into exit codes.
 */
package dev.hinge.cli;
