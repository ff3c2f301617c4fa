package org.jjmask.design.archfixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Breaks "only cli writes files" (reading is fine), for ArchitectureRulesCanFailTest; never run. */
public final class WritesInDesign {
    public String readIsAllowed(Path p) throws IOException {
        return Files.readString(p);
    }

    public void writeIsNot(Path p) throws IOException {
        Files.writeString(p, "x");
    }
}
