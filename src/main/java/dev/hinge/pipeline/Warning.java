package dev.hinge.pipeline;

/** Something the lifter should know about the analysis's limits. */
public record Warning(String code, String message) {}
