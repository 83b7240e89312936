package space.consortium.relay.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.forces.gravity.J2OnlyPerturbation;
import org.orekit.frames.Frame;
import org.orekit.frames.TopocentricFrame;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.Orbit;
import org.orekit.orbits.OrbitType;
import org.orekit.orbits.PositionAngleType;
import org.orekit.propagation.PropagationType;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.SpacecraftState;
import org.orekit.propagation.ToleranceProvider;
import org.orekit.propagation.analytical.AbstractAnalyticalPropagator;
import org.orekit.propagation.analytical.EcksteinHechlerPropagator;
import org.orekit.propagation.analytical.KeplerianPropagator;
import org.orekit.propagation.numerical.NumericalPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.PVCoordinates;
import space.consortium.shared.Checkpoint;

/**
 * Finds visibility windows of orbiters from landers: elevation above a mask and range below a maximum.
 *
 * <p>Method: each orbiter is propagated once (numerical J2 into an ephemeris, or an analytical theory) and sampled
 * at a fixed step in the Mars body-fixed frame; for every lander the visibility function
 * g = min(sin el − sin mask, (ρmax − ρ)/ρmax) is evaluated at each sample, and each sign change is refined by
 * bisection to 1 ms. The highest elevation is refined by golden-section search. Cost: O(orbiters × (T/step) ×
 * landers) position evaluations plus O(passes × log) refinements. Orbiters are processed in parallel; results do not
 * depend on the thread count. A pass shorter than the step may be missed (the step must stay well below the
 * shortest useful pass, as an event detector's max check interval must).
 */
public final class PassFinder {

    private static final double BISECTION_SECONDS = 1e-3;
    /** Time steps between two calls of the checkpoint. */
    static final int CHECK_EVERY = 1_000;

    private final MarsModel mars;

    public PassFinder(MarsModel mars) {
        this.mars = mars;
    }

    /** Searches every orbiter × lander pair of the query. */
    public PassSearch find(PassQuery query) {
        return find(query, Checkpoint.NONE);
    }

    /**
     * Searches every orbiter × lander pair of the query, calling {@code checkpoint} every {@value #CHECK_EVERY} time
     * steps of each orbiter and when an orbiter is done, with the time steps done so far by all orbiters: it reaches
     * {@link #steps(PassQuery)} when the search ends.
     *
     * @throws space.consortium.shared.Cancelled from the checkpoint, when the search must stop
     */
    public PassSearch find(PassQuery query, Checkpoint checkpoint) {
        List<Orbiter> orbiters = query.orbiters();
        List<Station> stations = query.landers().stream().map(this::station).toList();
        Map<String, PropagatorKind> used = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (Orbiter o : orbiters) {
            PropagatorKind kind = effective(query.propagator(), o);
            used.put(o.id(), kind);
            if (query.propagator() == PropagatorKind.ECKSTEIN_HECHLER && kind != PropagatorKind.ECKSTEIN_HECHLER) {
                notes.add(o.id() + ": eccentricity " + o.elements().eccentricity()
                        + " is too high for Eckstein-Hechler; propagated with numerical J2 instead");
            }
            if (kind == PropagatorKind.KEPLERIAN) {
                notes.add(o.id() + ": Keplerian (two-body) propagation ignores J2 and drifts by minutes within days;"
                        + " use it for a single pass only");
            }
        }
        AtomicLong steps = new AtomicLong();
        List<List<Pass>> perOrbiter = IntStream.range(0, orbiters.size()).parallel()
                .mapToObj(i -> search(orbiters.get(i), used.get(orbiters.get(i).id()), stations, query, checkpoint,
                        steps))
                .toList();
        List<Pass> all = new ArrayList<>();
        perOrbiter.forEach(all::addAll);
        all.sort(Comparator.comparing(Pass::start).thenComparing(Pass::orbiter).thenComparing(Pass::lander));
        return new PassSearch(all, used, notes);
    }

    /** The time steps of a search: ⌈period ÷ step⌉ + 1 samples of each orbiter. */
    public static long steps(PassQuery query) {
        return query.orbiters().size() * (samples(query) + 1L);
    }

    /** The last sample's index: ⌈period ÷ step⌉. */
    private static int samples(PassQuery query) {
        return (int) Math.ceil(query.seconds() / query.stepSeconds());
    }

    /** The propagator an orbiter is actually run with. */
    static PropagatorKind effective(PropagatorKind requested, Orbiter orbiter) {
        boolean nearCircular = orbiter.elements().eccentricity() < PropagatorKind.NEAR_CIRCULAR;
        return switch (requested) {
            case AUTO, ECKSTEIN_HECHLER -> nearCircular ? PropagatorKind.ECKSTEIN_HECHLER : PropagatorKind.NUMERICAL_J2;
            default -> requested;
        };
    }

    private record Station(Lander lander, Vector3D position, Vector3D zenith) {
    }

    private Station station(Lander lander) {
        GeodeticPoint point = mars.geodetic(lander.latitudeDeg(), lander.longitudeDeg(), lander.heightM());
        TopocentricFrame topo = new TopocentricFrame(mars.ellipsoid(), point, lander.id());
        return new Station(lander, topo.getCartesianPoint(), topo.getZenith());
    }

    /** Interval of the stored ephemeris samples, s (cubic Hermite on position and velocity: error ~ 0.1 m). */
    static final double EPHEMERIS_STEP = 60;

    /**
     * Positions of one orbiter in the body-fixed frame, m, from inertial position-velocity samples at a fixed
     * interval (cubic Hermite interpolation) and the prime meridian angle (linear in time).
     */
    private static final class Track {
        private final double[][] pv;
        private final double w0;
        private final double wRate;

        Track(double[][] pv, double w0) {
            this.pv = pv;
            this.w0 = w0;
            this.wRate = Math.toRadians(MarsModel.W_RATE_DEG_PER_DAY) / 86_400.0;
        }

        /** Inertial position at t seconds from the period start (samples start at −EPHEMERIS_STEP). */
        Vector3D inertial(double t) {
            double u = (t + EPHEMERIS_STEP) / EPHEMERIS_STEP;
            int i = Math.max(0, Math.min(pv.length - 2, (int) Math.floor(u)));
            double s = u - i;
            double[] a = pv[i];
            double[] b = pv[i + 1];
            double h = EPHEMERIS_STEP;
            double s2 = s * s;
            double s3 = s2 * s;
            double h00 = 2 * s3 - 3 * s2 + 1;
            double h10 = s3 - 2 * s2 + s;
            double h01 = -2 * s3 + 3 * s2;
            double h11 = s3 - s2;
            return new Vector3D(
                    h00 * a[0] + h10 * h * a[3] + h01 * b[0] + h11 * h * b[3],
                    h00 * a[1] + h10 * h * a[4] + h01 * b[1] + h11 * h * b[4],
                    h00 * a[2] + h10 * h * a[5] + h01 * b[2] + h11 * h * b[5]);
        }

        Vector3D at(double t) {
            Vector3D inertial = inertial(t);
            double w = w0 + wRate * t;
            double c = Math.cos(w);
            double s = Math.sin(w);
            return new Vector3D(c * inertial.getX() + s * inertial.getY(), -s * inertial.getX() + c * inertial.getY(),
                    inertial.getZ());
        }
    }

    /** Samples an orbiter's inertial position and velocity every EPHEMERIS_STEP over the period (± one step). */
    private Track track(Orbiter orbiter, PropagatorKind kind, PassQuery query) {
        AbsoluteDate t0 = mars.date(query.start());
        int count = (int) Math.ceil(query.seconds() / EPHEMERIS_STEP) + 3;
        double[][] pv = new double[count][];
        AbsoluteDate first = t0.shiftedBy(-EPHEMERIS_STEP);
        Propagator propagator = propagator(orbiter, kind, first);
        if (propagator instanceof AbstractAnalyticalPropagator analytical) {
            // analytical theories are evaluated directly: no spacecraft state, attitude or step handling per sample
            for (int k = 0; k < count; k++) {
                PVCoordinates p = analytical.propagateOrbit(first.shiftedBy(k * EPHEMERIS_STEP)).getPVCoordinates();
                pv[k] = new double[] {p.getPosition().getX(), p.getPosition().getY(), p.getPosition().getZ(),
                        p.getVelocity().getX(), p.getVelocity().getY(), p.getVelocity().getZ()};
            }
            return new Track(pv, mars.primeMeridian(t0));
        }
        int[] filled = {0};
        propagator.setStepHandler(EPHEMERIS_STEP, state -> {
            if (filled[0] < count) {
                var p = state.getPVCoordinates(mars.inertial());
                pv[filled[0]++] = new double[] {p.getPosition().getX(), p.getPosition().getY(), p.getPosition().getZ(),
                        p.getVelocity().getX(), p.getVelocity().getY(), p.getVelocity().getZ()};
            }
        });
        propagator.propagate(first, first.shiftedBy((count - 1) * EPHEMERIS_STEP + 1e-3));
        if (filled[0] < count) {
            throw new IllegalStateException("propagation stopped early for " + orbiter.id());
        }
        return new Track(pv, mars.primeMeridian(t0));
    }

    private List<Pass> search(Orbiter orbiter, PropagatorKind kind, List<Station> stations, PassQuery query,
                              Checkpoint checkpoint, AtomicLong steps) {
        checkpoint.reached(steps.get());
        Track track = track(orbiter, kind, query);
        double total = query.seconds();
        double step = query.stepSeconds();
        int n = samples(query);
        double sinMask = Math.sin(Math.toRadians(query.minElevationDeg()));
        double maxRangeM = query.maxRangeKm() * 1000;
        List<Pass> passes = new ArrayList<>();
        double[] previous = new double[stations.size()];
        double[] opened = new double[stations.size()];
        for (int k = 0; k <= n; k++) {
            if (k > 0 && k % CHECK_EVERY == 0) {
                checkpoint.reached(steps.addAndGet(CHECK_EVERY));
            }
            double t = Math.min(k * step, total);
            Vector3D p = track.at(t);
            for (int j = 0; j < stations.size(); j++) {
                Station st = stations.get(j);
                double g = visibility(p, st, sinMask, maxRangeM);
                if (k == 0) {
                    opened[j] = g >= 0 ? 0 : Double.NaN;
                } else if (previous[j] < 0 && g >= 0) {
                    opened[j] = root(track, st, sinMask, maxRangeM, Math.min((k - 1) * step, total), t);
                } else if (previous[j] >= 0 && g < 0 && !Double.isNaN(opened[j])) {
                    double closed = root(track, st, sinMask, maxRangeM, Math.min((k - 1) * step, total), t);
                    passes.add(pass(orbiter, st, track, opened[j], closed, query));
                    opened[j] = Double.NaN;
                }
                previous[j] = g;
            }
        }
        checkpoint.reached(steps.addAndGet(n + 1L - (long) (n / CHECK_EVERY) * CHECK_EVERY));
        for (int j = 0; j < stations.size(); j++) {
            if (previous[j] >= 0 && !Double.isNaN(opened[j]) && opened[j] < total) {
                passes.add(pass(orbiter, stations.get(j), track, opened[j], total, query));
            }
        }
        return passes;
    }

    private static double visibility(Vector3D orbiter, Station st, double sinMask, double maxRangeM) {
        Vector3D line = orbiter.subtract(st.position());
        double range = line.getNorm();
        double sinEl = Vector3D.dotProduct(line, st.zenith()) / range;
        return Math.min(sinEl - sinMask, (maxRangeM - range) / maxRangeM);
    }

    private static double elevation(Vector3D orbiter, Station st) {
        Vector3D line = orbiter.subtract(st.position());
        return Math.asin(Math.max(-1, Math.min(1, Vector3D.dotProduct(line, st.zenith()) / line.getNorm())));
    }

    private static double root(Track track, Station st, double sinMask, double maxRangeM, double a, double b) {
        double ga = visibility(track.at(a), st, sinMask, maxRangeM);
        while (b - a > BISECTION_SECONDS) {
            double m = 0.5 * (a + b);
            double gm = visibility(track.at(m), st, sinMask, maxRangeM);
            if ((gm >= 0) == (ga >= 0)) {
                a = m;
                ga = gm;
            } else {
                b = m;
            }
        }
        return 0.5 * (a + b);
    }

    private Pass pass(Orbiter orbiter, Station st, Track track, double open, double close, PassQuery query) {
        double step = query.stepSeconds();
        List<Double> times = new ArrayList<>();
        times.add(open);
        for (double t = Math.ceil(open / step) * step; t < close; t += step) {
            if (t > open) {
                times.add(t);
            }
        }
        times.add(close);
        List<RangeSample> profile = new ArrayList<>();
        double best = -Math.PI;
        double bestAt = open;
        double minRange = Double.MAX_VALUE;
        for (double t : times) {
            Vector3D p = track.at(t);
            double el = elevation(p, st);
            double range = p.distance(st.position()) / 1000;
            minRange = Math.min(minRange, range);
            if (el > best) {
                best = el;
                bestAt = t;
            }
            profile.add(new RangeSample(instant(query.start(), t), range, Math.toDegrees(el),
                    query.link().rateKbps(orbiter.radio(), range)));
        }
        // golden-section refinement of the highest elevation around the best sample
        double lo = Math.max(open, bestAt - step);
        double hi = Math.min(close, bestAt + step);
        double ratio = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 40 && hi - lo > 1e-2; i++) {
            double x1 = hi - ratio * (hi - lo);
            double x2 = lo + ratio * (hi - lo);
            if (elevation(track.at(x1), st) < elevation(track.at(x2), st)) {
                lo = x1;
            } else {
                hi = x2;
            }
        }
        double peakAt = 0.5 * (lo + hi);
        double peak = elevation(track.at(peakAt), st);
        if (peak > best) {
            best = peak;
            bestAt = peakAt;
            minRange = Math.min(minRange, track.at(peakAt).distance(st.position()) / 1000);
        }
        double kbit = 0;
        for (int i = 1; i < profile.size(); i++) {
            double dt = times.get(i) - times.get(i - 1);
            kbit += 0.5 * (profile.get(i).rateKbps() + profile.get(i - 1).rateKbps()) * dt;
        }
        Lander lander = st.lander();
        Instant mid = instant(query.start(), 0.5 * (open + close));
        double lst = MarsSolarTime.at(mid).localTrueSolarTimeH(lander.longitudeDeg());
        return new Pass(orbiter.id(), orbiter.owner(), lander.id(), lander.owner(), instant(query.start(), open),
                instant(query.start(), close), Math.toDegrees(best), instant(query.start(), bestAt), minRange,
                kbit * query.link().efficiency() / 1000, lst, profile);
    }

    private static Instant instant(Instant start, double seconds) {
        return start.plusNanos(Math.round(seconds * 1e9));
    }

    private Propagator propagator(Orbiter orbiter, PropagatorKind kind, AbsoluteDate start) {
        OrbitElements el = orbiter.elements();
        Frame frame = mars.inertial();
        AbsoluteDate epoch = mars.date(el.epoch());
        Orbit orbit = new KeplerianOrbit(el.semiMajorAxisM(), el.eccentricity(), el.inclination(), el.argPeriapsis(),
                el.raan(), el.meanAnomaly(), PositionAngleType.MEAN, frame, epoch, MarsModel.MU);
        FrameAlignedProvider attitude = new FrameAlignedProvider(frame);
        return switch (kind) {
            case KEPLERIAN -> new KeplerianPropagator(orbit, attitude);
            case ECKSTEIN_HECHLER -> eh(orbit, el.mean() ? PropagationType.MEAN : PropagationType.OSCULATING);
            default -> numerical(el.mean() ? eh(orbit, PropagationType.MEAN).propagate(epoch).getOrbit() : orbit,
                    start);
        };
    }

    private static EcksteinHechlerPropagator eh(Orbit orbit, PropagationType type) {
        return new EcksteinHechlerPropagator(orbit, new FrameAlignedProvider(orbit.getFrame()), 1000.0,
                MarsModel.EQUATORIAL_RADIUS, MarsModel.MU, -MarsModel.J2, 0, 0, 0, 0, type);
    }

    private Propagator numerical(Orbit initial, AbsoluteDate start) {
        double[][] tolerances = ToleranceProvider.getDefaultToleranceProvider(1e-3)
                .getTolerances(initial, OrbitType.CARTESIAN);
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-3, 300, tolerances[0],
                tolerances[1]);
        NumericalPropagator numerical = new NumericalPropagator(integrator, new FrameAlignedProvider(initial.getFrame()));
        numerical.setOrbitType(OrbitType.CARTESIAN);
        numerical.addForceModel(new J2OnlyPerturbation(MarsModel.MU, MarsModel.EQUATORIAL_RADIUS, MarsModel.J2,
                mars.inertial()));
        numerical.setInitialState(new SpacecraftState(initial));
        if (!initial.getDate().equals(start)) {
            numerical.setInitialState(numerical.propagate(start));
        }
        return numerical;
    }
}
