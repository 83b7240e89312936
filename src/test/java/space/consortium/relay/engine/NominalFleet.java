package space.consortium.relay.engine;

import java.time.Instant;
import java.util.List;

/**
 * The nominal orbits and landing sites of the relay reference (shared/reference/relay-reference.md): osculating
 * elements at 2026-01-01T00:00:00Z; node and phase angles are illustrative (real passes need per-epoch ephemerides).
 */
public final class NominalFleet {

    public static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private NominalFleet() {
    }

    public static Orbiter orbiter(String id, String owner, double aKm, double e, double iDeg, double raanDeg, double argPDeg,
                           double meanAnomalyDeg, Radio radio) {
        return new Orbiter(id, owner, new OrbitElements(aKm * 1000, e, Math.toRadians(iDeg), Math.toRadians(raanDeg),
                Math.toRadians(argPDeg), Math.toRadians(meanAnomalyDeg), EPOCH, false), radio);
    }

    public static final Orbiter MRO = orbiter("mro", "nasa", 3683.7, 0.009, 92.65, 0, 0, 0, Radio.ELECTRA);
    public static final Orbiter ODYSSEY = orbiter("odyssey", "nasa", 3793.4, 0.0, 93.064, 120, 0, 0, Radio.ODYSSEY);
    public static final Orbiter TGO = orbiter("tgo", "esa", 3796.0, 0.0, 74.0, 240, 0, 0, Radio.ELECTRA);
    public static final Orbiter MAVEN = orbiter("maven", "nasa", 5721.0, 0.38, 75.0, 60, 0, 0, Radio.ELECTRA);
    public static final Orbiter MEX = orbiter("mex", "esa", 8599.0, 0.571, 86.0, 300, 90, 0, Radio.MELACOM);

    public static final Lander CURIOSITY = new Lander("curiosity", "nasa", -4.5895, 137.4417, -4500, 500, 1);
    public static final Lander PERSEVERANCE = new Lander("perseverance", "nasa", 18.4447, 77.4508, -2600, 500, 1);
    public static final Lander INSIGHT = new Lander("insight", "nasa", 4.502, 135.623, -2600, 100, 1);
    public static final Lander ZHURONG = new Lander("zhurong", "cnsa", 25.066, 109.925, -4000, 100, 1);

    public static final List<Orbiter> ORBITERS = List.of(MRO, ODYSSEY, TGO, MAVEN, MEX);
    public static final List<Orbiter> NEAR_CIRCULAR = List.of(MRO, ODYSSEY, TGO);
    public static final List<Lander> LANDERS = List.of(CURIOSITY, PERSEVERANCE, INSIGHT, ZHURONG);

    public static PassQuery week(List<Orbiter> orbiters, List<Lander> landers, PropagatorKind kind) {
        return new PassQuery(orbiters, landers, EPOCH, EPOCH.plusSeconds(7 * 86_400), 10, 5000, kind,
                PassQuery.DEFAULT_STEP_SECONDS, LinkModel.CALIBRATED);
    }
}
