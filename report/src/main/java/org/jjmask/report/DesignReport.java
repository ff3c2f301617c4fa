package org.jjmask.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jjmask.design.DesignResult;
import org.jjmask.design.OutputFile;
import org.jjmask.design.Version;

/**
 * The PDF design report of one design pass: a summary page with the headline numbers, the layout
 * drawn as vectors with a zoom of the lattice, and the predicted R(T) with the model's validity
 * flags and references. A4 portrait, fonts embedded, no raster images.
 *
 * <p>The same result and inputs always give the same bytes: dates come from
 * {@link ReportInputs#created()} and the file identifier from a hash of what the report shows,
 * never from the clock. Nothing is written to disk here; the CLI decides where the bytes go.
 */
public final class DesignReport {

    private DesignReport() {}

    public static byte[] render(DesignResult result, ReportInputs inputs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        write(result, inputs, out);
        return out.toByteArray();
    }

    /** Writes the report to {@code out}, which is left open. */
    public static void write(DesignResult result, ReportInputs inputs, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            ReportFonts fonts = ReportFonts.load(doc);
            Pages pages = new Pages(doc, fonts);
            SummaryPage.draw(pages, result, inputs);
            LayoutPage.draw(pages, result);
            if (result.plainFilm().isPresent()) {
                PlainFilmPage.draw(pages, result, result.plainFilm().get());  // no array to draw curves of
            } else {
                PhysicsPage.draw(pages, result);
                FieldPage.draw(pages, result);
                ExposurePage.draw(pages, result);
                McPage.draw(pages, result);
            }
            if (inputs.calibration().isPresent()) {
                FitReport.draw(pages, inputs.calibration().get());
            }
            if (inputs.optimization().isPresent()) {
                OptimizationPage.draw(pages, inputs.optimization().get());
            }
            pages.finish(result.spec().name() + "   ·   jjmask " + Version.VERSION + "   ·   "
                    + SummaryPage.DATE.format(inputs.created()));
            pages.outline();
            describe(doc, result, inputs);
            doc.save(out);
        }
    }

    private static void describe(PDDocument doc, DesignResult result, ReportInputs inputs) {
        DocumentInfo.set(doc, "Design report: " + result.spec().name(),
                "Nano-hole Josephson-junction array mask: layout, design rules and predicted transport",
                "spec-sha256 " + result.spec().sha256(), inputs.created(), identity(result, inputs));
    }

    /** SHA-256 over everything the report is a function of besides the design pass's own numbers. */
    private static byte[] identity(DesignResult result, ReportInputs inputs) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            StringBuilder s = new StringBuilder();
            s.append("jjmask-report\n").append(Version.VERSION).append('\n').append(result.spec().name()).append('\n')
                    .append(result.spec().sha256()).append('\n').append(inputs.created()).append('\n');
            for (OutputFile f : inputs.outputs()) {
                s.append(f.kind()).append(' ').append(f.name()).append(' ').append(f.bytes()).append(' ')
                        .append(f.sha256()).append('\n');
            }
            return md.digest(s.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
