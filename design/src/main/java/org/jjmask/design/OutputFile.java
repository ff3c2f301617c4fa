package org.jjmask.design;

/** A file a run wrote, as the summary and the report cite it. */
public record OutputFile(String kind, String name, long bytes, String sha256) {}
