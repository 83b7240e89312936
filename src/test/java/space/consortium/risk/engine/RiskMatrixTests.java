package space.consortium.risk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import space.consortium.risk.engine.RiskMatrix.Zone;

class RiskMatrixTests {

    /** The zoning attributed to NASA SP-2011-3422 in the reference file (rows L5..L1, columns C1..C5). */
    private static final String NASA = "M H H R R / L M H R R / L M M H H / L L M M H / L L L L M";

    private static RiskMatrix nasa() {
        return new RiskMatrix(List.of("1", "2", "3", "4", "5"), List.of("1", "2", "3", "4", "5"),
                List.of("1", "2", "3", "4", "5"), RiskMatrix.parseZoning(NASA));
    }

    @Test
    void cornersAndCentreOfTheNasaMatrixHaveThePublishedZones() {
        RiskMatrix m = nasa();
        assertThat(m.zone(5, 1)).isEqualTo(Zone.M);
        assertThat(m.zone(5, 5)).isEqualTo(Zone.R);
        assertThat(m.zone(1, 1)).isEqualTo(Zone.L);
        assertThat(m.zone(1, 5)).isEqualTo(Zone.M);
        assertThat(m.zone(3, 3)).isEqualTo(Zone.M);
        assertThat(m.zone(4, 4)).isEqualTo(Zone.R);
        assertThat(m.index(4, 3)).isEqualTo("L4×C3");
        assertThat(RiskMatrix.formatZoning(m.zoning())).isEqualTo(NASA);
    }

    @Test
    void anEcssCellIsWrittenSeverityThenLikelihoodLetter() {
        RiskMatrix m = new RiskMatrix(List.of("a", "b", "c", "d", "e"), List.of("1", "2", "3", "4", "5"),
                List.of("A", "B", "C", "D", "E"), RiskMatrix.parseZoning(NASA));
        assertThat(m.index(4, 4)).isEqualTo("4D");
    }

    @Test
    void aZoningWithAWrongCodeOrCountIsRejectedNamingTheCell() {
        assertThatThrownBy(() -> RiskMatrix.parseZoning("M H H R R"))
                .hasMessageContaining("25 zone codes").hasMessageContaining("found 5");
        assertThatThrownBy(() -> RiskMatrix.parseZoning(NASA.replaceFirst("M", "X")))
                .hasMessageContaining("likelihood 5, consequence 1").hasMessageContaining("'X'");
    }
}
