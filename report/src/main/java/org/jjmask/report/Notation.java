package org.jjmask.report;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typesets the plain-ASCII notation of text from the physics and design modules (validity flags,
 * the phase criterion, references, material sources) in the report's own markup, so that the PDF
 * has one notation throughout (issue 12): {@code R_sq,eff = 767.2 ohm +- 0.16 %} becomes
 * R<sub>□,eff</sub> = 767.2 Ω ± 0.16 %, {@code eps0} ε<sub>0</sub>, {@code sqrt(w_n^2+D^2)}
 * √(…²…), {@code 1.97e-14} 1.97 × 10<sup>−14</sup>.
 *
 * <p>Why here and not at the source: the same strings go to the JSON and the terminal, where
 * ASCII is what every console and script can show; the PDF embeds fonts with every glyph, so the
 * conversion belongs where the text reaches the page. Keys (words joined by '_', such as
 * {@code min_feature_nm}) are left alone: only one- or two-letter symbols and Greek names take
 * subscripts.
 */
final class Notation {

    private Notation() {}

    private static final Map<String, String> GREEK = Map.ofEntries(Map.entry("xi", "ξ"), Map.entry("eta", "η"),
            Map.entry("mu", "µ"), Map.entry("Delta", "Δ"), Map.entry("sigma", "σ"), Map.entry("Phi", "Φ"),
            Map.entry("eps", "ε"), Map.entry("epsilon", "ε"), Map.entry("rho", "ρ"), Map.entry("kappa", "κ"),
            Map.entry("omega", "ω"), Map.entry("gamma", "γ"), Map.entry("pi", "π"), Map.entry("hbar", "ℏ"),
            Map.entry("lambda", "λ"), Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("tau", "τ"));

    /** Subscript words written out in ASCII and the symbol papers print. */
    private static final Map<String, String> SUBSCRIPT = Map.of("sq", "□", "perp", "⊥", "par", "∥");

    private static final Pattern EXPONENT = Pattern.compile("(?<![\\w.])(\\d+(?:\\.\\d+)?)[eE]([+-]?)0*(\\d+)(?![\\w.])");
    private static final Pattern GREEK_WORD = Pattern.compile(
            "(?<![A-Za-z.])(xi|eta|mu|Delta|sigma|Phi|eps|epsilon|rho|kappa|omega|gamma|pi|hbar|lambda|alpha|beta|tau)"
                    // not a spec key's part: beta_um, alpha_nm, sigma_nm stay as the user writes them
                    + "(\\d*)(?![A-Za-z])(?!_(?:nm|um|K|ohm|mT|T|deg|pct|uC)\\b)(?!_\\w+_)");
    private static final Pattern SYMBOL_SUB = Pattern.compile(
            "(?<![A-Za-z_])([A-Za-zξηµΔσΦερκωγπλαβτ]{1,2})_([A-Za-z0-9]+(?:,[A-Za-z0-9]+)?)(?![\\w])");
    private static final Pattern POWER = Pattern.compile("\\^(-?[A-Za-z0-9γπ]+(?:\\.\\d+)?)");
    private static final Pattern SQRT = Pattern.compile("\\bsqrt\\s*(?=[(\\dA-Za-z])");

    /** {@code text} (plain ASCII notation) as report markup; draw it with the markup primitives. */
    static String typeset(String text) {
        String s = text.replace("{", "(").replace("}", ")");  // braces are the markup's; none in outside text
        s = s.replace("+-", "±").replace("<=", "≤").replace(">=", "≥").replace(">~", "≳").replace("<~", "≲")
                .replace("->", "→").replace("~", "∼");
        s = replace(EXPONENT, s, m -> {
            String exp = ("-".equals(m.group(2)) ? "−" : "") + m.group(3);
            return ("1".equals(m.group(1)) ? "" : m.group(1) + " × ") + "10^{" + exp + "}";
        });
        s = s.replaceAll("(?<=\\d) x (?=\\d)", " × ");
        s = s.replaceAll("\\bmOhm\\b", "mΩ").replaceAll("\\b[oO]hms?\\b", "Ω");
        s = replace(SQRT, s, m -> "√");
        s = s.replaceAll("\\bTc0\\b", "T_{c0}").replaceAll("\\bTc\\b", "T_{c}");
        s = s.replaceAll("(?<![A-Za-z_])w_n(?!\\w)", "ω_n");  // the Matsubara frequencies
        s = s.replaceAll("\\bsum_(\\w)\\b", "Σ_{$1}");
        s = replace(GREEK_WORD, s, m -> GREEK.get(m.group(1)) + (m.group(2).isEmpty() ? "" : "_{" + m.group(2) + "}"));
        s = replace(SYMBOL_SUB, s, m -> m.group(1) + "_{" + subscript(m.group(2)) + "}");
        s = replace(POWER, s, m -> "^{" + m.group(1).replace('-', '−') + "}");
        // a minus between terms, and a range of numbers, in the typeset forms
        s = s.replace(" - ", " − ").replace("(-", "(−").replaceAll("(?<=[\\d)])-(?=\\d)", "–");
        return s;
    }

    private static String subscript(String sub) {
        StringBuilder out = new StringBuilder();
        for (String part : sub.split(",", -1)) {
            out.append(out.length() == 0 ? "" : ",").append(SUBSCRIPT.getOrDefault(part, part));
        }
        return out.toString();
    }

    private static String replace(Pattern p, String s, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
