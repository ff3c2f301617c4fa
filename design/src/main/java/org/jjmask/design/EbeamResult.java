package org.jjmask.design;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jjmask.exposure.DoseCorrection;
import org.jjmask.exposure.PrintedGeometry;
import org.jjmask.exposure.Psf;
import org.jjmask.exposure.RelativeEnergies;
import org.jjmask.exposure.SizeCorrection;
import org.jjmask.exposure.WriteFields;
import org.jjmask.exposure.vendor.DoseTable;
import org.jjmask.layout.HoleClasses;

/**
 * What the exposure pass found for a design ({@code ebeam:} with a PSF or write fields): the
 * absorbed energies at the probe holes, the printed holes and their physics, the correction and
 * its dose table, how the GDS writes the classes, the write-field plan and the write time.
 *
 * @param model           the PSF's results, when a PSF was given
 * @param table           the class → dose table as the vendor reads it (one class at the base dose
 *                        without dose correction)
 * @param classes         how the GDS writes the holes, when in classes (correction or dots)
 * @param fields          the write-field grid and the {@code field_boundary} check on it
 * @param stitchAdjacent  holes within {@code ebeam.stitch_error_nm} of a field boundary
 * @param time            the write time and its cross-check
 */
public record EbeamResult(Optional<Model> model, DoseTable table, Optional<HoleClasses> classes, WriteFields.Plan fields,
        long stitchAdjacent, Time time) {

    /** The same exposure with its classes renumbered: a chip's one dose table for every device (ChipDoses). */
    public EbeamResult withClasses(DoseTable table, Optional<HoleClasses> classes) {
        return new EbeamResult(model, table, classes, fields, stitchAdjacent, time);
    }

    /**
     * The exposure model's numbers.
     *
     * @param psf              the PSF used, with its source
     * @param psfName          the preset's spec name, or "user"
     * @param centres          uncorrected absorbed energy at the probe holes' centres, relative to the bulk's
     * @param rims             the same at their rims, where the resist develops
     * @param rimsCorrected    the rims with the correction's doses or sizes
     * @param printed          printed D and neck at bulk, mid-edge and corner, uncorrected
     * @param printedCorrected the same after correction
     * @param sites            the physics of an array of each site's printed hole (bulk, edge, corner)
     * @param dose             the dose correction, when asked for
     * @param size             the size correction, when asked for
     * @param thresholdRel     the development threshold over a uniformly exposed plane's energy at the base dose
     * @param gridCellNm       the backscatter grid's cell
     */
    public record Model(Psf psf, String psfName, RelativeEnergies centres, RelativeEnergies rims,
            Optional<RelativeEnergies> rimsCorrected, PrintedGeometry printed, Optional<PrintedGeometry> printedCorrected,
            List<SitePhysics> sites, Optional<DoseCorrection> dose, Optional<SizeCorrection> size, double thresholdRel,
            double gridCellNm) {

        public Model {
            sites = List.copyOf(sites);
        }

        /** Largest − smallest printed diameter over the probe holes after correction, nm (0 without correction). */
        public double residualSpreadNm() {
            return printedCorrected.map(p -> {
                double a = p.bulk().printedDiameterNm();
                double b = p.edge().printedDiameterNm();
                double c = p.corner().printedDiameterNm();
                return Math.max(a, Math.max(b, c)) - Math.min(a, Math.min(b, c));
            }).orElse(0.0);
        }
    }

    /** R_N and T_BKT of an array whose every hole printed as this site's did; empty when the printed holes touch. */
    public record SitePhysics(String where, PrintedGeometry.Site site, OptionalDouble rnOhm, OptionalDouble tbktK) {}

    /**
     * Write time and its cross-check, dose × area = charge = current × time, on the bulk hole.
     *
     * @param totalS         every hole's exposure (its class's dose) plus settling, s
     * @param exposureS      the exposure alone (charge / current), s
     * @param shots          shots in all
     * @param bulkAreaNm2    the bulk hole's exposed area (equal-area disc), nm²
     * @param bulkChargeFc   its charge at the base dose, fC
     * @param bulkTimeUs     its charge over the current, µs
     */
    public record Time(double totalS, double exposureS, long shots, double bulkAreaNm2, double bulkChargeFc,
            double bulkTimeUs) {}
}
