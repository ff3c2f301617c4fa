package org.jjmask.gds.archfixture;

import org.jjmask.layout.archfixture.LayoutUsesGds;

/** Points up the modules' table and closes a cycle with {@link LayoutUsesGds}, for ArchitectureRulesCanFailTest. */
public final class GdsUsesLayout {
    public LayoutUsesGds up() {
        return new LayoutUsesGds();
    }
}
