package space.consortium.fleet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import space.consortium.fleet.engine.Fleet;
import space.consortium.fleet.engine.FleetReplay;
import space.consortium.fleet.engine.FleetSimulation;
import space.consortium.fleet.engine.InvalidFleet;
import space.consortium.shared.Csv;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.NotFound;
import space.consortium.shared.Problems;
import space.consortium.shared.Work;
import space.consortium.shared.WorkLimits;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fleet resilience: simulates a station's consumables reserve under a resupply fleet (Monte Carlo, seeded), compares
 * fleets with the same seed, and replays the ISS cargo manifest of 2014–2015. It computes only (no database), so the
 * command line uses it without starting Spring: {@code new FleetService()}.
 */
@Service
public class FleetService {

    public static final int DEFAULT_TRIALS = 10_000;
    public static final long DEFAULT_SEED = 1L;
    public static final int DEFAULT_HORIZON_DAYS = 730;
    public static final double DEFAULT_THRESHOLD_DAYS = 45;
    /** Most fleets in one comparison. */
    public static final int MAX_COMPARED = 6;

    private static final String PRESETS = "/risk/iss-cargo-fleet.json";
    private static final String MANIFEST = "/risk/iss-cargo-2014-2015.csv";
    private static final LocalDate REPLAY_START = LocalDate.of(2014, 1, 1);
    private static final LocalDate REPLAY_END = LocalDate.of(2016, 1, 1);
    private static final double REPLAY_INITIAL_DAYS = 180;
    /** CBC, 29 June 2015: "usually six months", "only four months" after the loss of CRS-7 on 28 June 2015. */
    private static final LocalDate REPORTED_DATE = LocalDate.of(2015, 6, 28);
    private static final double REPORTED_RESERVE_DAYS = 120;
    private static final String REPORTED_SOURCE = "https://www.cbc.ca/news/science/spacex-failure-leaves-iss-astronauts-"
            + "with-only-4-months-of-supplies-not-usual-6-1.3131884";

    private final PresetFile presetFile;
    private final List<ReplayReport.ReplayFlight> manifest;

    /** The file of presets as shipped. */
    record PresetFile(String note, List<String> assumptions, Map<String, String> sources, List<FleetPreset> presets) {
    }

    public FleetService() {
        JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = resource(PRESETS)) {
            presetFile = json.readValue(in, PresetFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        manifest = readManifest();
    }

    /** The shipped presets: the ISS fleet of 2015 and one-partner fleets with the same nominal supply. */
    public List<FleetPreset> presets() {
        return presetFile.presets();
    }

    public FleetPreset preset(String id) {
        return presets().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("fleet preset", id));
    }

    /** The assumptions and sources behind the presets and the replay. */
    public List<String> assumptions() {
        return presetFile.assumptions();
    }

    public Map<String, String> sources() {
        return presetFile.sources();
    }

    /**
     * Simulates one fleet.
     *
     * @throws InvalidInput naming every offending field (e.g. {@code vehicles[1].cadenceDays})
     */
    public FleetReport simulate(FleetRequest request) {
        return simulate(request, Work.UNLIMITED);
    }

    /**
     * Simulates one fleet within the work's limit on trials × flights.
     *
     * @throws InvalidInput naming every offending field
     * @throws space.consortium.shared.OverLimit naming {@code trials} when trials × flights is over the limit
     */
    public FleetReport simulate(FleetRequest request, Work work) {
        return run(List.of(request), List.of(""), "trials", work).get(0);
    }

    /**
     * Checks one fleet as {@link #simulate(FleetRequest, Work)} does, without simulating it.
     *
     * @return the trials the simulation runs: its checkpoint is called once before each of them
     * @throws InvalidInput naming every offending field
     * @throws space.consortium.shared.OverLimit naming {@code trials} when trials × flights is over the limit
     */
    public int admit(FleetRequest request, Work work) {
        Problems problems = new Problems();
        trials(request, "", problems);
        Fleet fleet = fleet(request, "", problems);
        problems.throwIfAny();
        int trials = trialsOf(request);
        work.check("trials", "trials × flights", Work.times(Math.max(trials, 0), flights(fleet)),
                WorkLimits::fleetEvents);
        return trials;
    }

    /** Simulates each fleet with the same trials and seed (those of the first fleet unless given). */
    public List<FleetReport> compare(List<FleetRequest> fleets) {
        return compare(fleets, Work.UNLIMITED);
    }

    /** Compares fleets within the work's limit on trials × flights, summed over the fleets. */
    public List<FleetReport> compare(List<FleetRequest> fleets, Work work) {
        return run(fleets, prefixes(fleets), "fleets", work);
    }

    /**
     * Checks one fleet as {@link #simulate(FleetRequest)} does, without simulating it.
     *
     * @throws InvalidInput naming every offending field at once
     */
    public void check(FleetRequest request) {
        Problems problems = new Problems();
        validate(List.of(request), List.of(""), problems);
        problems.throwIfAny();
    }

    /**
     * Checks fleets as {@link #compare(List)} does, without simulating them.
     *
     * @throws InvalidInput naming every offending field of every fleet at once ({@code fleets[1].vehicles[0].capacityKg})
     */
    public void check(List<FleetRequest> fleets) {
        Problems problems = new Problems();
        validate(fleets, prefixes(fleets), problems);
        problems.throwIfAny();
    }

    private static List<String> prefixes(List<FleetRequest> fleets) {
        List<String> prefixes = new ArrayList<>();
        for (int i = 0; i < fleets.size(); i++) {
            prefixes.add("fleets[" + i + "].");
        }
        return prefixes;
    }

    /**
     * Validates every fleet (every problem of every fleet at once), checks the total work, then simulates them one
     * after the other.
     */
    private List<FleetReport> run(List<FleetRequest> requests, List<String> prefixes, String field, Work work) {
        Problems problems = new Problems();
        List<Fleet> fleets = validate(requests, prefixes, problems);
        problems.throwIfAny();
        long events = 0;
        for (int i = 0; i < requests.size(); i++) {
            events = saturatedSum(events, Work.times(Math.max(trialsOf(requests.get(i)), 0), flights(fleets.get(i))));
        }
        work.check(field, "trials × flights", events, WorkLimits::fleetEvents);
        List<FleetReport> reports = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            reports.add(simulate(requests.get(i), fleets.get(i), prefixes.get(i), work));
        }
        return reports;
    }

    /** Every problem of the fleets, and the fleets as the engine takes them (valid only when there is none). */
    private static List<Fleet> validate(List<FleetRequest> requests, List<String> prefixes, Problems problems) {
        problems.check(!requests.isEmpty() && requests.size() <= MAX_COMPARED, "fleets",
                "needs 1 to " + MAX_COMPARED + " fleets");
        List<Fleet> fleets = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            trials(requests.get(i), prefixes.get(i), problems);
            fleets.add(fleet(requests.get(i), prefixes.get(i), problems));
        }
        return fleets;
    }

    private static int trialsOf(FleetRequest request) {
        return request.trials() == null ? DEFAULT_TRIALS : request.trials();
    }

    private static int trials(FleetRequest request, String prefix, Problems problems) {
        int trials = request.trials() == null ? DEFAULT_TRIALS : request.trials();
        problems.check(trials >= 1 && trials <= FleetSimulation.MAX_TRIALS, prefix + "trials",
                "must be between 1 and " + FleetSimulation.MAX_TRIALS);
        return trials;
    }

    /** Flights one trial simulates at most: each vehicle's flights from its first flight day to the horizon. */
    static long flights(Fleet fleet) {
        long total = 0;
        for (Fleet.Vehicle v : fleet.vehicles()) {
            if (!(v.cadenceDays() > 0)) {
                continue;
            }
            double count = Math.floor(Math.max(0, fleet.horizonDays() - v.firstFlightDay()) / v.cadenceDays()) + 1;
            total = saturatedSum(total, count >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) count);
        }
        return total;
    }

    private static long saturatedSum(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    /** Simulates a validated fleet. */
    private FleetReport simulate(FleetRequest request, Fleet fleet, String prefix, Work work) {
        int trials = request.trials() == null ? DEFAULT_TRIALS : request.trials();
        long seed = request.seed() == null ? DEFAULT_SEED : request.seed();
        try {
            var result = new FleetSimulation(trials, seed, Math.max(1, Runtime.getRuntime().availableProcessors()))
                    .simulate(fleet, work.checkpoint());
            String name = request.name() == null || request.name().isBlank() ? "Fleet" : request.name().trim();
            return new FleetReport(name, fleet.consumptionKgPerDay(),
                    fleet.initialReserveKg() / fleet.consumptionKgPerDay(), fleet.horizonDays(), result.trials(),
                    result.seed(), result.thresholdDays(), result.probabilityBelowThreshold(),
                    result.standardErrorBelowThreshold(), result.probabilityEmpty(), result.standardErrorEmpty(),
                    result.meanMinimumReserveDays(), result.meanDaysBelowThreshold(), result.meanLosses(),
                    result.nominalSupplyKgPerDay(),
                    result.bands().stream().map(b -> new FleetReport.Band(b.day(), b.p5(), b.p25(), b.p50(), b.p75(),
                            b.p95())).toList(),
                    result.vehicles().stream().map(v -> new FleetReport.VehicleStats(v.id(), v.partner(),
                            v.meanFlights(), v.meanLosses(), v.meanDeliveredKg())).toList());
        } catch (InvalidFleet e) {
            Problems problems = new Problems();
            e.problems().forEach(p -> problems.add(prefix + p.field(), p.message()));
            problems.throwIfAny();
            throw e;
        }
    }

    /**
     * Maps the request to the engine's fleet; every problem goes to {@code found} in one pass: a missing number is
     * reported and given a neutral stand-in (an empty family or vehicle is left out, its siblings keep their indexes),
     * and the engine's own checks run on the rest, leaving out what they would say about a stand-in.
     */
    private static Fleet fleet(FleetRequest r, String prefix, Problems found) {
        Set<String> standIns = new HashSet<>();
        double consumption = required(r.consumptionKgPerDay(), prefix + "consumptionKgPerDay", standIns, found);
        double initial = required(r.initialReserveKg(), prefix + "initialReserveKg", standIns, found);
        double threshold = r.reserveThresholdDays() == null ? DEFAULT_THRESHOLD_DAYS : r.reserveThresholdDays();
        int horizon = r.horizonDays() == null ? DEFAULT_HORIZON_DAYS : r.horizonDays();
        List<Fleet.LauncherFamily> families = new ArrayList<>();
        List<Integer> familyIndex = new ArrayList<>(); // the engine's family j is the request's familyIndex[j]
        List<FleetRequest.Family> givenFamilies = r.families() == null ? List.of() : r.families();
        for (int i = 0; i < givenFamilies.size(); i++) {
            FleetRequest.Family f = givenFamilies.get(i);
            String at = prefix + "families[" + i + "]";
            if (f == null) {
                standIns.add(at);
                found.add(at, "is empty");
                continue;
            }
            familyIndex.add(i);
            families.add(new Fleet.LauncherFamily(f.id() == null ? "" : f.id().trim(),
                    required(f.lossProbability(), at + ".lossProbability", standIns, found),
                    f.returnToFlightDays() == null ? 0 : f.returnToFlightDays()));
        }
        List<Fleet.Vehicle> vehicles = new ArrayList<>();
        List<Integer> vehicleIndex = new ArrayList<>();
        List<FleetRequest.Vehicle> givenVehicles = r.vehicles() == null ? List.of() : r.vehicles();
        for (int i = 0; i < givenVehicles.size(); i++) {
            FleetRequest.Vehicle v = givenVehicles.get(i);
            String at = prefix + "vehicles[" + i + "]";
            if (v == null) {
                standIns.add(at);
                found.add(at, "is empty");
                continue;
            }
            vehicleIndex.add(i);
            vehicles.add(new Fleet.Vehicle(v.id() == null ? "" : v.id().trim(),
                    v.partner() == null ? "" : v.partner().trim(), v.family() == null ? "" : v.family().trim(),
                    required(v.cadenceDays(), at + ".cadenceDays", standIns, found),
                    v.firstFlightDay() == null ? 0 : v.firstFlightDay(),
                    required(v.capacityKg(), at + ".capacityKg", standIns, found),
                    v.lossProbability() == null ? 0 : v.lossProbability(),
                    v.returnToFlightDays() == null ? 0 : v.returnToFlightDays()));
        }
        Fleet fleet = new Fleet(consumption, initial, threshold, r.storageLimitKg(), horizon, families, vehicles);
        for (var p : fleet.problems()) {
            String field = prefix + requestField(p.field(), familyIndex, vehicleIndex);
            if (!standIns.contains(field) && standIns.stream().noneMatch(s -> field.startsWith(s + "."))) {
                found.add(field, p.message());
            }
        }
        return fleet;
    }

    private static final java.util.regex.Pattern INDEXED = java.util.regex.Pattern.compile("^(families|vehicles)\\[(\\d+)]");

    /**
     * The request's path of an engine field: the engine says {@code thresholdDays} for the reserve's threshold, and
     * counts only the families and vehicles that are not empty.
     */
    private static String requestField(String engineField, List<Integer> familyIndex, List<Integer> vehicleIndex) {
        if (engineField.equals("thresholdDays")) {
            return "reserveThresholdDays";
        }
        java.util.regex.Matcher m = INDEXED.matcher(engineField);
        if (!m.find()) {
            return engineField;
        }
        List<Integer> index = m.group(1).equals("families") ? familyIndex : vehicleIndex;
        int j = Integer.parseInt(m.group(2));
        return m.group(1) + "[" + (j < index.size() ? index.get(j) : j) + "]" + engineField.substring(m.end());
    }

    private static double required(@Nullable Double value, String field, Set<String> reported, Problems found) {
        if (value == null) {
            reported.add(field);
            found.add(field, "is required");
            return 1;
        }
        return value;
    }

    /**
     * Replays the 2014–2015 manifest. The model counts the reserve in kg of cargo upmass, whose daily use is not
     * published; it is fitted to the one reported level: six months at the start and four months on 28 June 2015
     * after the third loss (CBC). Then {@code c = mass arrived before that day / (days elapsed − (180 − 120))}. What
     * one Progress adds in days ({@code 2,400 kg / c}) is an independent check against "a Progress adds about a
     * month".
     */
    public ReplayReport replay() {
        double days = ChronoUnit.DAYS.between(REPLAY_START, REPLAY_END);
        double elapsed = ChronoUnit.DAYS.between(REPLAY_START, REPORTED_DATE);
        double arrived = manifest.stream().filter(f -> f.outcome().equals("arrived") && f.date().isBefore(REPORTED_DATE))
                .mapToDouble(ReplayReport.ReplayFlight::massKg).sum();
        double consumption = arrived / (elapsed - (REPLAY_INITIAL_DAYS - REPORTED_RESERVE_DAYS));
        List<FleetReplay.Flight> flights = manifest.stream().map(f -> new FleetReplay.Flight(
                ChronoUnit.DAYS.between(REPLAY_START, f.date()), f.vehicle(), f.massKg(),
                f.outcome().equals("lost"), f.flight())).toList();
        FleetReplay.Result result = FleetReplay.replay(consumption, REPLAY_INITIAL_DAYS * consumption,
                DEFAULT_THRESHOLD_DAYS, Double.POSITIVE_INFINITY, days, flights);
        List<ReplayReport.Point> points = result.points().stream().map(p -> new ReplayReport.Point(
                REPLAY_START.plusDays(Math.round(p.day())), p.reserveDays(), p.event())).toList();
        List<String> assumptions = List.of(
                "The station starts 2014 with six months of supplies, the usual level (CBC, 2015).",
                ("Consumption is fitted so that the reserve is four months on 28 June 2015, as reported after the loss "
                        + "of CRS-7 (CBC): %.1f t arrived in %d days → %.1f kg of cargo upmass per day. Check: one "
                        + "Progress (2.4 t) then adds %.0f days; reported: about a month.").formatted(arrived / 1000,
                        (int) elapsed, consumption, 2400 / consumption),
                "Flights count on their launch date; per-flight masses marked 'assumed' use the vehicle's typical upmass.",
                "Reported level: " + REPORTED_SOURCE);
        return new ReplayReport(REPLAY_START, consumption, REPLAY_INITIAL_DAYS, DEFAULT_THRESHOLD_DAYS, manifest,
                points, result.minimumReserveDays(), REPLAY_START.plusDays(Math.round(result.minimumDay())),
                result.daysBelowThreshold(), result.reachedZero(), assumptions);
    }

    private static List<ReplayReport.ReplayFlight> readManifest() {
        try (Reader reader = new InputStreamReader(resource(MANIFEST), StandardCharsets.UTF_8)) {
            List<ReplayReport.ReplayFlight> flights = new ArrayList<>();
            for (Csv.Row row : Csv.read(reader).rows()) {
                flights.add(new ReplayReport.ReplayFlight(LocalDate.parse(row.get("date").orElseThrow()),
                        row.get("flight").orElseThrow(), row.get("vehicle").orElseThrow(),
                        row.get("partner").orElseThrow(), row.get("launcher").orElseThrow(),
                        row.get("outcome").orElseThrow(), Double.parseDouble(row.get("mass_kg").orElseThrow()),
                        row.get("mass_basis").orElseThrow(), row.get("source_url").orElseThrow()));
            }
            flights.sort(java.util.Comparator.comparing(ReplayReport.ReplayFlight::date));
            return List.copyOf(flights);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = FleetService.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        return in;
    }
}
