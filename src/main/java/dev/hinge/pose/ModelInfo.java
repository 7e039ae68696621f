package dev.hinge.pose;

/** Which pose model produced a track, e.g. {@code blazepose-full}, with its file's SHA-256. */
public record ModelInfo(String name, String sha256) {}
