package org.jjmask.layout.archfixture;

import org.jjmask.gds.archfixture.GdsUsesLayout;

/** The other half of the cycle of {@link GdsUsesLayout}. */
public final class LayoutUsesGds {
    public GdsUsesLayout down() {
        return new GdsUsesLayout();
    }
}
