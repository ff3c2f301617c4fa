package org.jjmask.layout.archfixture;

/** Breaks "only cli prints", for ArchitectureRulesCanFailTest; never run. */
public final class PrintsInLayout {
    public void say(String s) {
        System.out.println(s);
    }
}
