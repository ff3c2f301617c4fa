package org.jjmask.layout.drc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcome of a design-rule check, rule by rule: every violation is counted, the first
 * {@link #cap()} of each rule are kept with their locations, and the worst value of each rule is
 * tracked — over the violations, and over every measurement made even when it passed (so a clean
 * check still says how close it came). The worst is the smallest value, except for
 * {@link DesignRule#OFF_GRID} where it is the largest distance from the grid and
 * {@link DesignRule#MAX_HOLE} where it is the widest hole.
 */
public final class DrcReport {

    public static final int DEFAULT_CAP = 1000;


    private static final Set<DesignRule> LARGER_IS_WORSE = Set.of(DesignRule.OFF_GRID, DesignRule.MAX_HOLE);

    private final int cap;
    private final Map<DesignRule, Rule> rules = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final NeckStatistics.Accumulator necks = new NeckStatistics.Accumulator();

    public DrcReport(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be at least 1: " + cap);
        }
        this.cap = cap;
    }

    public DrcReport() {
        this(DEFAULT_CAP);
    }

    /** What is known about one rule after the check. {@code worst} is NaN when nothing was measured. */
    public record RuleSummary(DesignRule rule, double limitNm, long count, double worstNm, double worstXNm, double worstYNm,
            Violation first, Violation worstViolation, List<Violation> kept) {

        public boolean violated() {
            return count > 0;
        }
    }

    private static final class Rule {
        final DesignRule name;
        final double limit;
        long count;
        double worst = Double.NaN;
        double worstX;
        double worstY;
        Violation first;
        Violation worstViolation;
        final List<Violation> kept = new ArrayList<>();

        Rule(DesignRule name, double limit) {
            this.name = name;
            this.limit = limit;
        }

        boolean worse(double a, double b) {
            return Double.isNaN(b) || (LARGER_IS_WORSE.contains(name) ? a > b : a < b);
        }
    }

    public int cap() {
        return cap;
    }

    /** Lists a rule that was checked (it shows even when clean), with its limit; rules list in this order. */
    public DrcReport declare(DesignRule rule, double limitNm) {
        rules.computeIfAbsent(rule, r -> new Rule(r, limitNm));
        return this;
    }

    /**
     * Values are kept to a micronanometre: the same written geometry measured by two algorithms
     * (the lattice's bonds, the GDS file's polygon pairs) differs in the last bits of a double, and
     * the design and {@code check FILE.gds} must print the same worst value.
     */
    static double rounded(double valueNm) {
        return Double.isFinite(valueNm) ? Math.rint(valueNm * 1e6) / 1e6 : valueNm;
    }

    /** {@code times} written necks of {@code valueNm} (the film between neighbouring holes), for {@link #necks()}. */
    public void neck(double valueNm, long times) {
        necks.add(rounded(valueNm), times);
    }

    /** Every written neck counted so far: count, narrowest, mean, σ. */
    public NeckStatistics necks() {
        return necks.statistics();
    }

    /** A measurement of {@code rule} at a place, violated or not. */
    public void measure(DesignRule rule, double valueNm, double xNm, double yNm) {
        valueNm = rounded(valueNm);
        Rule r = rule(rule, Double.NaN);
        if (r.worse(valueNm, r.worst)) {
            r.worst = valueNm;
            r.worstX = xNm;
            r.worstY = yNm;
        }
    }

    /** One violation. */
    public void add(Violation v) {
        add(v, 1);
    }

    /** {@code times} violations alike (the same measured value), {@code v} standing for all of them. */
    public void add(Violation v, long times) {
        if (times <= 0) {
            return;
        }
        if (rounded(v.measuredNm()) != v.measuredNm()) {
            v = new Violation(v.rule(), v.message(), v.xNm(), v.yNm(), rounded(v.measuredNm()), v.limitNm());
        }
        Rule r = rule(v.rule(), v.limitNm());
        r.count += times;
        if (r.first == null) {
            r.first = v;
        }
        if (r.worstViolation == null || r.worse(v.measuredNm(), r.worstViolation.measuredNm())) {
            r.worstViolation = v;
        }
        if (r.kept.size() < cap) {
            r.kept.add(v);
        }
        measure(v.rule(), v.measuredNm(), v.xNm(), v.yNm());
    }

    /** Takes in every rule, measurement and violation of {@code other} (violations beyond its cap by its worst). */
    public void addAll(DrcReport other) {
        for (RuleSummary r : other.rules()) {
            declare(r.rule(), r.limitNm());
            for (Violation v : r.kept()) {
                add(v);
            }
            if (r.count() > r.kept().size()) {
                add(r.worstViolation(), r.count() - r.kept().size());
            }
            if (!Double.isNaN(r.worstNm())) {
                measure(r.rule(), r.worstNm(), r.worstXNm(), r.worstYNm());
            }
        }
        other.notes().forEach(this::note);
        necks.addAll(other.necks());
    }

    /** The number of violations of {@code rule} so far. */
    public long count(DesignRule rule) {
        Rule r = rules.get(rule);
        return r == null ? 0 : r.count;
    }

    /** The worst value of {@code rule} measured so far, NaN when none. */
    public double worst(DesignRule rule) {
        Rule r = rules.get(rule);
        return r == null ? Double.NaN : r.worst;
    }

    public void note(String note) {
        notes.add(note);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    public long total() {
        return rules.values().stream().mapToLong(r -> r.count).sum();
    }

    public boolean clean() {
        return total() == 0;
    }

    /** Every rule checked, in declaration order. */
    public List<RuleSummary> rules() {
        List<RuleSummary> out = new ArrayList<>();
        for (Rule r : rules.values()) {
            out.add(new RuleSummary(r.name, r.limit, r.count, r.worst, r.worstX, r.worstY, r.first, r.worstViolation,
                    List.copyOf(r.kept)));
        }
        return out;
    }

    /** The violations kept (at most {@link #cap()} per rule), rule by rule. */
    public List<Violation> violations() {
        List<Violation> out = new ArrayList<>();
        for (Rule r : rules.values()) {
            out.addAll(r.kept);
        }
        return out;
    }

    private Rule rule(DesignRule name, double limit) {
        return rules.computeIfAbsent(name, n -> new Rule(n, limit));
    }
}
