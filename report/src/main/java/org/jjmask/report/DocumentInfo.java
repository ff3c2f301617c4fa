package org.jjmask.report;

import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jjmask.design.Version;

/**
 * A report's document information and trailer /ID, the same for every report jjmask writes: dates
 * from the build time (SOURCE_DATE_EPOCH), never the clock, so that the same input gives the same
 * bytes.
 */
final class DocumentInfo {

    private DocumentInfo() {}

    /**
     * Sets title, subject, keywords, creator and producer, both dates to {@code created} (UTC) and
     * the /ID to the first 16 bytes of {@code identity}: PDFBox invents an /ID from the clock when
     * none is set.
     */
    static void set(PDDocument doc, String title, String subject, String keywords, Instant created, byte[] identity) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setKeywords(keywords);
        info.setCreator("jjmask " + Version.VERSION);
        info.setProducer("jjmask " + Version.VERSION + " (Apache PDFBox)");
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        when.setTimeInMillis(created.toEpochMilli());
        info.setCreationDate(when);
        info.setModificationDate(when);
        doc.getDocumentCatalog().setLanguage("en");
        byte[] id = Arrays.copyOf(identity, 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }
}
