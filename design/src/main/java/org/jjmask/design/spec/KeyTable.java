package org.jjmask.design.spec;

import java.util.stream.Collectors;

/**
 * Every key of a spec as a Markdown table — key, kind, unit, default or range, meaning — generated
 * from the declarations, so the README's tables cannot drift from what the reader accepts.
 */
public final class KeyTable {

    private KeyTable() {}

    /** One table row per key, sections in declaration order, a family's members each under their discriminator. */
    public static String markdown(Section root) {
        StringBuilder b = new StringBuilder("| key | value | default | meaning |\n|---|---|---|---|\n");
        rows(b, root, "");
        return b.toString();
    }

    private static void rows(StringBuilder b, Section s, String prefix) {
        if (s.isFamily()) {
            for (Section member : s.family()) {
                String of = " (" + s.discriminator() + " " + member.name() + ")";
                for (Key k : member.keys()) {
                    if (k.kind() == Kind.SECTION) {
                        Section inner = k.section().orElseThrow();
                        for (Key n : inner.keys()) {
                            row(b, n, "`" + prefix + "." + k.name() + "." + n.name() + "`" + of);
                        }
                    } else if (!k.name().equals(s.discriminator())) {
                        row(b, k, "`" + prefix + "." + k.name() + "`" + of);
                    }
                }
            }
            return;
        }
        for (Key k : s.keys()) {
            String path = prefix.isEmpty() ? k.name() : prefix + "." + k.name();
            if (k.kind() == Kind.SECTION || k.kind() == Kind.SECTION_LIST) {
                Section inner = k.section().orElseThrow();
                String p = k.kind() == Kind.SECTION_LIST ? path + "[]" : path;
                if (inner.isFamily()) {
                    row(b, inner.family().get(0).key(inner.discriminator()).orElseThrow(),
                            "`" + p + "." + inner.discriminator() + "`");
                }
                rows(b, inner, p);
            } else {
                row(b, k, "`" + path + "`");
            }
        }
    }

    private static void row(StringBuilder b, Key k, String label) {
        b.append("| ").append(label).append(" | ").append(value(k)).append(" | ").append(dflt(k)).append(" | ")
                .append(k.doc().replace("|", "\\|")).append(" |\n");
    }

    private static String value(Key k) {
        String unit = k.unit().isEmpty() ? "" : " " + k.unit();
        return switch (k.kind()) {
            case NUMBER -> (k.minExclusive() ? "(" : "[") + plain(k.min()) + ", " + plain(k.max()) + "]" + unit;
            case NUMBER_OR_RANGE -> "[" + plain(k.min()) + ", " + plain(k.max()) + "]" + unit
                    + ", or `{value, range: [low, high]}`";
            case WHOLE -> k.max() >= 1e15 ? "whole, ≥ " + plain(k.min()) : "whole, [" + plain(k.min()) + ", " + plain(k.max()) + "]";
            case BOOLEAN -> "true, false";
            case TEXT -> "text";
            case CHOICE -> k.choices().stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "));
            case PAIR -> "[x, y]" + unit;
            case PAIR_LIST -> "[[x, y], ...]" + unit;
            case SECTION, SECTION_LIST -> "section";
            case ANY -> "see meaning";
        };
    }

    /** A number as a person writes it: no exponent, no trailing zeros. */
    private static String plain(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    private static String dflt(Key k) {
        if (k.defaultValue().isPresent()) {
            Object d = k.defaultValue().get();
            return "`" + (d instanceof Number n ? plain(n.doubleValue()) : d) + "`";
        }
        if (!k.defaultNote().isEmpty()) {
            return k.defaultNote();
        }
        return k.required() ? "required" : "none";
    }
}
