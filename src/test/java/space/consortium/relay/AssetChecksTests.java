package space.consortium.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import space.consortium.shared.InvalidInput;

/**
 * The relay asset rules on fixed-seed random orbits and sites: an asset is accepted exactly when it is physical (a
 * closed orbit whose periapsis is above Mars's surface, an inclination of 0–180°; a site within ±90° latitude and
 * ±180° longitude), and each broken rule is named at its own field, all at once.
 */
class AssetChecksTests {

    /** Mars's equatorial radius, km (IAU). */
    private static final double MARS_RADIUS_KM = 3396.19;

    private static List<InvalidInput.FieldProblem> orbiter(double aKm, double e, double iDeg) {
        AssetChecks checks = new AssetChecks(partner -> partner.equals("esa"));
        checks.check("random-orbiter", new RelayAssetRequest("random-orbiter", "Random orbiter", "orbiter", "esa",
                null, null, new RelayRequest.Elements(aKm, e, iDeg, 0.0, 0.0, 0.0,
                Instant.parse("2026-01-01T00:00:00Z"), "osculating"), "electra", null, null, null, null, null, null,
                "https://example.org/orbiter", null));
        return checks.problems().problems();
    }

    @Test
    void anOrbiterIsAcceptedExactlyWhenItsOrbitIsClosedAboveTheSurfaceWithAnInclinationOf0To180() {
        SplittableRandom random = new SplittableRandom(20261206);
        int accepted = 0;
        for (int n = 0; n < 2000; n++) {
            double a = 2000 + random.nextDouble() * 28_000; // periods of hours to two days: always under a year
            double e = -0.2 + random.nextDouble() * 1.5;
            double i = -20 + random.nextDouble() * 220;
            boolean closed = e >= 0 && e < 1;
            boolean aboveSurface = !closed || a * (1 - e) > MARS_RADIUS_KM;
            boolean inclination = i >= 0 && i <= 180;

            List<String> fields = orbiter(a, e, i).stream().map(InvalidInput.FieldProblem::field).toList();

            assertThat(fields.contains("elements.e")).as("a=%s e=%s", a, e).isEqualTo(!closed);
            assertThat(fields.contains("elements.aKm")).as("a=%s e=%s", a, e).isEqualTo(!aboveSurface);
            assertThat(fields.contains("elements.iDeg")).as("i=%s", i).isEqualTo(!inclination);
            assertThat(fields).as("a=%s e=%s i=%s", a, e, i).isSubsetOf("elements.e", "elements.aKm", "elements.iDeg");
            if (fields.isEmpty()) {
                accepted++;
            }
        }
        assertThat(accepted).as("some random orbits are physical").isBetween(100, 1900);
    }

    @Test
    void aLanderIsAcceptedExactlyWithinTheLatitudeAndLongitudeRanges() {
        SplittableRandom random = new SplittableRandom(42);
        for (int n = 0; n < 2000; n++) {
            double lat = -120 + random.nextDouble() * 240;
            double lon = -250 + random.nextDouble() * 650;
            AssetChecks checks = new AssetChecks(partner -> true);
            AssetChecks.Row row = checks.check("random-lander", new RelayAssetRequest("random-lander", "Lander",
                    "lander", "cnsa", "dormant", "https://example.org/status", null, null, lat, lon, null, null, null,
                    null, "https://example.org/lander", null));
            List<String> fields = checks.problems().problems().stream().map(InvalidInput.FieldProblem::field).toList();

            assertThat(fields.contains("latDeg")).as("lat=%s", lat).isEqualTo(lat < -90 || lat > 90);
            assertThat(fields.contains("lonDeg")).as("lon=%s", lon).isEqualTo(lon < -180 || lon > 180);
            assertThat(row == null).isEqualTo(!fields.isEmpty());
        }
    }

    @Test
    void anUnknownOwnerADormantAssetWithoutItsSourceAndFieldsOfTheOtherKindAreNamedTogether() {
        AssetChecks checks = new AssetChecks(partner -> false);
        checks.check("mixed", new RelayAssetRequest("mixed", "Mixed", "lander", "nobody", "ended", null,
                new RelayRequest.Elements(3796.0, 0.0, 74.0, null, null, null, Instant.EPOCH, null), "electra", 10.0,
                20.0, null, null, null, null, null, null));

        assertThat(checks.problems().problems()).extracting(InvalidInput.FieldProblem::field)
                .containsExactlyInAnyOrder("owner", "statusSourceUrl", "sourceUrl", "elements", "radio");
    }
}
