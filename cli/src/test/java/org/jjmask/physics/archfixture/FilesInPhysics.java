package org.jjmask.physics.archfixture;

/** Breaks "physics knows no files", for ArchitectureRulesCanFailTest. */
public final class FilesInPhysics {
    public String name(java.nio.file.Path p) {
        return p.getFileName().toString();
    }
}
