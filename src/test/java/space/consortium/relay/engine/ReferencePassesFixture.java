package space.consortium.relay.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes {@code src/test/resources/relay/reference-passes-numerical-j2.csv}: the numerical-J2 reference windows of
 * the nominal fleet (all five orbiters × four landers, 10° mask, 5000 km, 7 days from 2026-01-01). Run on purpose
 * only: {@code mvn test -Dtest=ReferencePassesFixture -Drelay.writeFixture=true}.
 */
class ReferencePassesFixture {

    static final Path FILE = Path.of("src/test/resources/relay/reference-passes-numerical-j2.csv");

    @Test
    @EnabledIfSystemProperty(named = "relay.writeFixture", matches = "true")
    void write() throws IOException {
        PassSearch reference = new PassFinder(MarsModel.standard())
                .find(NominalFleet.week(NominalFleet.ORBITERS, NominalFleet.LANDERS, PropagatorKind.NUMERICAL_J2));
        List<String> lines = new ArrayList<>();
        lines.add("orbiter,lander,start,end,max_elevation_deg");
        for (Pass p : reference.passes()) {
            lines.add(String.join(",", p.orbiter(), p.lander(), p.start().toString(), p.end().toString(),
                    String.format(java.util.Locale.ROOT, "%.3f", p.maxElevationDeg())));
        }
        Files.write(FILE, lines);
    }
}
