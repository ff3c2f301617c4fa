package org.jjmask.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The device table's page breaks and the map's colours, on their own (the whole PDF: ChipCliTest). */
class ChipReportTest {

    @Test
    void theTablesLastPageNeverHoldsALoneRow() {
        // four rows on the first page, ten on each after: 15 rows would leave one alone on page 3
        assertThat(ChipReport.breaks(Collections.nCopies(15, 10f), 45, 100)).containsExactly(4, 12);
        // five rows: the first page gives one up so that the second holds two
        assertThat(ChipReport.breaks(Collections.nCopies(5, 10f), 45, 100)).containsExactly(3);
        // all on one page: no break at all
        assertThat(ChipReport.breaks(Collections.nCopies(4, 10f), 45, 100)).isEmpty();
        // exactly full pages are left alone
        assertThat(ChipReport.breaks(Collections.nCopies(14, 10f), 45, 100)).containsExactly(4);
    }

    @Test
    void theRampRunsFromDarkToLightAndTextStaysLegible() {
        Color lo = ChipReport.ramp(0);
        Color hi = ChipReport.ramp(1);
        assertThat(luminance(lo)).isLessThan(luminance(ChipReport.ramp(0.5))).isLessThan(luminance(hi));
        assertThat(ChipReport.legibleOn(lo)).isEqualTo(Color.WHITE);
        assertThat(ChipReport.legibleOn(hi)).isEqualTo(Style.INK);
        assertThat(ChipReport.ramp(-1)).isEqualTo(lo);
        assertThat(ChipReport.ramp(2)).isEqualTo(hi);
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }
}
