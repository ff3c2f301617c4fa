package org.jjmask.exposure.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.jjmask.exposure.DoseClass;
import org.jjmask.exposure.DoseLadder;
import org.junit.jupiter.api.Test;

/** Exact encoder values from the vendors' own conventions, as EBEAM.md quotes them. */
class VendorEncodingTest {

    /** Raith_GDSII {@code Raith_library.m}: DF 1.25 → 1250, DF 35 → 30010; and back. */
    @Test
    void raithDatatypes() {
        assertThat(Raith.datatype(1.25)).isEqualTo(1250);
        assertThat(Raith.datatype(35)).isEqualTo(30010);
        assertThat(Raith.datatype(30)).isEqualTo(30000);
        assertThat(Raith.datatype(30.5)).isEqualTo(30001);
        assertThat(Raith.doseFactor(1250)).isEqualTo(1.25);
        assertThat(Raith.doseFactor(30010)).isEqualTo(35.0);
        assertThatThrownBy(() -> Raith.datatype(2000)).hasMessageContaining("range");
    }

    /** NCS dose_table: [1, −10] → 0.9; index 0 is the base dose. */
    @Test
    void ncsPercentTable() {
        assertThat(Ncs.factor(-10)).isEqualTo(0.9);
        assertThat(Ncs.percent(0.9)).isEqualTo(-10.0);
        List<double[]> t = Ncs.table(List.of(new DoseClass(0, 1.0, 5), new DoseClass(1, 0.9, 2)));
        assertThat(t.get(0)).containsExactly(0, 0);
        assertThat(t.get(1)).containsExactly(1, -10);
    }

    /** JEOL MODULAT: dose = base × (100 + m)/100 (CNF DoseTestSteps.py). */
    @Test
    void jeolModulation() {
        for (double m : new double[] {-50, -10, 0, 14, 100, 250}) {
            assertThat(Jeol.factor(m)).isCloseTo((100 + m) / 100, within(1e-15));
        }
        assertThat(Jeol.modulation(1.14)).isEqualTo(14.0);
        String jdi = Jeol.jdi("chip", List.of(new DoseClass(0, 1.0, 10), new DoseClass(1, 1.25, 3)));
        assertThat(jdi).contains("MODULAT (( 0 , 0.0 ) , ( 1 , 25.0 ))");
    }

    /** CNF: 18 doses from 75 to 700 µC/cm² step by f = 1.1404. */
    @Test
    void cnfLadder() {
        DoseLadder l = new DoseLadder(75, 700, 18);
        assertThat(l.ratio()).isCloseTo(1.1404, within(5e-5));
        double[] d = l.dosesUCcm2();
        assertThat(d).hasSize(18);
        assertThat(d[0]).isEqualTo(75);
        assertThat(d[17]).isEqualTo(700);
        assertThat(d[1]).isCloseTo(75 * 1.1404, within(0.01));
    }

    /** The generic table: one CSV row per class with the vendor's datatype and the dose the machine applies. */
    @Test
    void doseTableCsvAndNpgsLayers() {
        List<DoseClass> classes = List.of(new DoseClass(0, 1.0, 100), new DoseClass(1, 1.25, 7));
        DoseTable raith = DoseTable.of(Vendor.RAITH, 1, 300, classes);
        assertThat(raith.csv()).isEqualTo("layer,datatype,dose_factor,dose_uC_cm2,holes\n"
                + "1,1000,1.000000,300.0000,100\n1,1250,1.250000,375.0000,7\n");
        DoseTable npgs = DoseTable.of(Vendor.NPGS, 1, 300, classes);
        assertThat(npgs.npgsLayerDoses().get(1)).containsExactly(2, 375);
        assertThat(DoseTable.of(Vendor.JEOL, 1, 300, classes).rows().get(1).datatype()).isEqualTo(1);
    }
}
