package org.jjmask.design.archfixture.a;

/** Half of a cycle between two sub-packages, for ArchitectureRulesCanFailTest. */
public final class A {
    public org.jjmask.design.archfixture.b.B b() {
        return new org.jjmask.design.archfixture.b.B();
    }
}
