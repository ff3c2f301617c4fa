package org.jjmask.design.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.jjmask.design.Spec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasuredCsvTest {

    private static final Optional<Squares> FIVE = Optional.of(Squares.given(5));

    private static MeasuredCurve rt(String text, Optional<Squares> squares) throws FitException {
        return MeasuredCsv.read(text, "rt.csv", MeasuredCurve.Variable.TEMPERATURE, squares);
    }

    @Test
    void readsAnyColumnOrderUnitsCommentsAndDividesRByTheSquares() throws Exception {
        MeasuredCurve c = rt("""
                # measured 2026-11-30, lock-in 13 Hz
                I_A, R_kohm, T_mK   # current, resistance, temperature

                1e-7, 2.5, 20000
                1e-7, 1.0, 10000 # transition
                """, FIVE);
        assertThat(c.x()).containsExactly(20.0, 10.0);
        assertThat(c.rSqOhm()).containsExactly(500.0, 200.0);
        assertThat(c.lines()).containsExactly(4, 5);
        assertThat(c.squares()).isEqualTo(5.0);
    }

    @Test
    void takesSheetResistanceAsIsAndFieldInMilliTesla() throws Exception {
        MeasuredCurve c = MeasuredCsv.read("B_mT\tRsq_ohm\n-10\t300\n0\t290\n10\t300\n", "rb.csv",
                MeasuredCurve.Variable.FIELD, Optional.empty());
        assertThat(c.x()).containsExactly(-0.01, 0.0, 0.01);
        assertThat(c.rSqOhm()).containsExactly(300.0, 290.0, 300.0);
        assertThat(c.squares()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no header        | 1.5,300\\n2,310                 | rt.csv:1: no header: the first line is numbers; name each column with its unit first, e.g. T_K,R_ohm
            unknown unit     | T_C,R_ohm\\n1,2                  | rt.csv:1: column 1 ('T_C'): unknown unit 'C' for T (known: K, mK)
            no unit          | T,R_ohm\\n1,2                    | rt.csv:1: column 1 ('T'): names no unit; write QUANTITY_UNIT, e.g. T_K, B_mT, R_ohm, Rsq_ohm
            not a number     | T_K,R_ohm\\n1,2\\n2,abc            | rt.csv:3: column 2 (R_ohm): 'abc' is not a number
            NaN              | # c\\nT_K,R_ohm\\n1,2\\nNaN,3        | rt.csv:4: column 1 (T_K): 'NaN' is not a finite number
            infinite         | T_K,R_ohm\\n1,Infinity            | rt.csv:2: column 2 (R_ohm): 'Infinity' is not a finite number
            empty cell       | T_K,R_ohm\\n1,2\\n3               | rt.csv:3: column 2 (R_ohm): empty (the row has 1 of the header's 2 cells)
            T zero           | T_K,R_ohm\\n1,2\\n0,3              | rt.csv:3: column 1 (T_K): T = 0 is not above 0 K
            T negative       | R_ohm,T_K\\n2,1\\n3,-4             | rt.csv:3: column 2 (T_K): T = -4 is not above 0 K
            duplicated T     | T_K,R_ohm\\n1,2\\n2,3\\n1.0,4        | rt.csv:4: column 1 (T_K): 1.0 is the same temperature as line 2's (average repeated points before fitting)
            negative R       | T_K,R_ohm\\n1,-2                  | rt.csv:2: column 2 (R_ohm): -2 is a negative resistance
            no R column      | T_K,I_A\\n1,2                     | rt.csv:1: the header names no resistance column (R_ohm or Rsq_ohm)
            no T column      | B_T,R_ohm\\n1,2                   | rt.csv:1: the header names no temperature column (T_K or T_mK)
            two T columns    | T_K,R_ohm,T_mK\\n1,2,3            | rt.csv:1: column 3 ('T_mK'): a second T column
            no rows          | T_K,R_ohm\\n# nothing yet         | rt.csv: no data rows below the header (line 1)
            empty file       | # only a comment                | rt.csv: no data: the file has no header and no rows (needs e.g. T_K,R_ohm)
            """)
    void refusesWithFileLineAndColumn(String what, String text, String message) {
        assertThatThrownBy(() -> rt(text.replace("\\n", "\n"), FIVE)).isInstanceOf(FitException.class).hasMessage(message);
    }

    @Test
    void anRColumnWithoutKnownSquaresIsRefused() {
        assertThatThrownBy(() -> rt("T_K,R_ohm\n1,2\n", Optional.empty())).isInstanceOf(FitException.class)
                .hasMessage("rt.csv:1: column 2 ('R_ohm') is a resistance, but the device's squares between its voltage "
                        + "contacts are not known: give --squares N or an Rsq_ohm column");
    }

    @Test
    void hallBarSquaresAreTheChannelBetweenTheOuterArms() {
        // arms at x = L(k+1)/(n+1) − L/2: for 3 pairs on 100 µm, at −25, 0, 25 µm: 50 µm apart over 10 µm width
        Squares s = Squares.of(new Spec.HallBarSpec(100, 10, 3, 2, 5, 0, true, 0)).orElseThrow();
        assertThat(s.count()).isEqualTo(5.0);
        assertThat(s.which()).contains("50 µm");
        assertThat(Squares.of(new Spec.HallBarSpec(100, 10, 1, 2, 5, 0, true, 0)).orElseThrow().count()).isEqualTo(10.0);
        // van der Pauw, Philips Res. Rep. 13, 1 (1958): R_sq = π R / ln 2
        assertThat(Squares.of(new Spec.CrossSpec(10, 5, 0, 0)).orElseThrow().count()).isEqualTo(Math.log(2) / Math.PI);
        assertThat(Squares.of(new Spec.CorbinoSpec(10, 20, 5, 0))).isEmpty();
    }
}
