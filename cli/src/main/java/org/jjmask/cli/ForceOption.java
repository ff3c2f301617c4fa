package org.jjmask.cli;

import picocli.CommandLine.Option;

/** {@code --force}: run work that {@link WorkGuard} would refuse as too large. */
final class ForceOption {

    @Option(names = "--force", description = "Run it even when the estimate is above the limits (README: Limits); "
            + "without it such a run is refused with the estimate.")
    boolean force;
}
