package org.jjmask.design.archfixture.b;

/** The other half of the cycle of {@link org.jjmask.design.archfixture.a.A}. */
public final class B {
    public org.jjmask.design.archfixture.a.A a() {
        return new org.jjmask.design.archfixture.a.A();
    }
}
