package org.jjmask.design;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The e-beam numbers a user looks at first — the classes written, the correction's residual, the
 * uncorrected mid-edge and corner energy relative to the bulk hole, the write time at the classes'
 * doses — taken once from the {@link EbeamResult} and rounded once ({@link Summary#sig}, six
 * digits), so that the JSON's {@code ebeam}, the report's exposure page and the terminal summary
 * show the same numbers.
 *
 * @param classes         classes written: dose classes (the dose table's rows), or drawn-diameter classes
 *                        of a size correction
 * @param classKind       "dose" or "size"
 * @param residual        the correction's residual: % of the bulk rim energy (dose) or nm of printed
 *                        diameter (size); empty without correction
 * @param edgeRelative    uncorrected absorbed energy at the mid-edge hole's centre over the bulk hole's
 *                        (JSON {@code absorbed_relative.edge.value}); empty without a PSF
 * @param cornerRelative  the same at the corner hole
 * @param classWriteTimeS every hole at its class's dose, plus settling, s (JSON {@code ebeam.class_write_time_s})
 */
public record EbeamHeadline(int classes, String classKind, OptionalDouble residual, OptionalDouble edgeRelative,
        OptionalDouble cornerRelative, double classWriteTimeS) {

    public static EbeamHeadline of(EbeamResult e) {
        Optional<EbeamResult.Model> m = e.model();
        var size = m.flatMap(EbeamResult.Model::size);
        var dose = m.flatMap(EbeamResult.Model::dose);
        int classes = size.map(z -> z.classes().size()).orElse(e.table().rows().size());
        OptionalDouble residual = dose.isPresent() ? OptionalDouble.of(Summary.sig(100 * dose.get().residual()))
                : size.isPresent() ? OptionalDouble.of(Summary.sig(size.get().residualNm())) : OptionalDouble.empty();
        OptionalDouble edge = m.map(x -> OptionalDouble.of(Summary.sig(x.centres().edge().value())))
                .orElse(OptionalDouble.empty());
        OptionalDouble corner = m.map(x -> OptionalDouble.of(Summary.sig(x.centres().corner().value())))
                .orElse(OptionalDouble.empty());
        return new EbeamHeadline(classes, size.isPresent() ? "size" : "dose", residual, edge, corner,
                Summary.sig(e.time().totalS()));
    }

    /** The terminal's line: "32 dose classes, residual 0.43 %, edge/corner 0.885/0.828 uncorrected, 12.3 s". */
    public String line() {
        StringBuilder sb = new StringBuilder().append(classes).append(' ').append(classKind)
                .append(classes == 1 ? " class" : " classes");
        residual.ifPresent(v -> sb.append(", residual ").append(Numbers.format(v))
                .append(classKind.equals("size") ? " nm" : " %"));
        if (edgeRelative.isPresent()) {
            sb.append(", E/E_bulk edge ").append(Numbers.format(edgeRelative.getAsDouble())).append(" corner ")
                    .append(Numbers.format(cornerRelative.getAsDouble())).append(" uncorrected");
        }
        return sb.append(", write ").append(Numbers.format(classWriteTimeS)).append(" s").toString();
    }
}
