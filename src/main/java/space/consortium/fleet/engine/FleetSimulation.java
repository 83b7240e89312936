package space.consortium.fleet.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import space.consortium.shared.Checkpoint;

/**
 * Monte Carlo of a station's consumables reserve under a multi-vehicle resupply fleet with common-cause launcher
 * failures.
 *
 * <p>Each trial is an event simulation over the horizon: the reserve falls linearly at the consumption rate; the
 * earliest scheduled flight of any vehicle launches; it is lost if its launcher fails (probability of the family) or,
 * failing that, the vehicle itself fails (the vehicle's probability), else its capacity is added (up to the storage
 * limit). A launcher failure grounds every vehicle of the family until the family's return-to-flight delay has passed
 * (the common cause: the shared launcher fails together); a vehicle failure grounds that vehicle for its own delay.
 * After a flight, lost or not, the vehicle's next flight is one cadence later, or at the end of its grounding if later.
 *
 * <p>Cost: O(trials × flights × log vehicles) time; the reserve bands keep at most {@value #MAX_BAND_POINTS} points
 * per trial. Determinism: trial {@code i} draws from its own stream seeded from {@code (seed, i)}, and trial blocks
 * are combined in order, so the result is bit-identical for any thread count.
 */
public final class FleetSimulation {

    /** Most trials of one run. */
    public static final int MAX_TRIALS = 200_000;
    static final int MAX_BAND_POINTS = 121;
    private static final int BLOCK = 256;

    private final int trials;
    private final long seed;
    private final int threads;

    /**
     * @param trials  number of Monte Carlo trials, 1 to {@value #MAX_TRIALS}
     * @param seed    the random seed; the same seed gives the same result
     * @param threads worker threads, 1 or more (does not change the result)
     */
    public FleetSimulation(int trials, long seed, int threads) {
        if (trials < 1 || trials > MAX_TRIALS) {
            throw new IllegalArgumentException("trials must be between 1 and " + MAX_TRIALS);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more");
        }
        this.trials = trials;
        this.seed = seed;
        this.threads = threads;
    }

    /**
     * Simulates the fleet.
     *
     * @throws InvalidFleet naming every offending field
     */
    public FleetResult simulate(Fleet fleet) {
        return simulate(fleet, Checkpoint.NONE);
    }

    /**
     * Simulates the fleet, calling {@code checkpoint} before each trial (with the trial's index).
     *
     * @throws InvalidFleet naming every offending field
     * @throws space.consortium.shared.Cancelled from the checkpoint, when the run must stop
     */
    public FleetResult simulate(Fleet fleet, Checkpoint checkpoint) {
        List<FleetProblem> problems = fleet.problems();
        if (!problems.isEmpty()) {
            throw new InvalidFleet(problems);
        }
        Model model = new Model(fleet);
        int blocks = (trials + BLOCK - 1) / BLOCK;
        float[][] samples = new float[model.points.length][trials];
        Tally[] tallies = new Tally[blocks];
        if (threads == 1) {
            for (int b = 0; b < blocks; b++) {
                tallies[b] = runBlock(model, b, samples, checkpoint);
            }
        } else {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                pool.submit(() -> IntStream.range(0, blocks).parallel()
                        .forEach(b -> tallies[b] = runBlock(model, b, samples, checkpoint))).join();
            } finally {
                pool.shutdown();
            }
        }
        Tally total = new Tally(model.vehicles);
        for (Tally t : tallies) {
            total.add(t);
        }
        return result(fleet, model, total, samples);
    }

    private Tally runBlock(Model model, int block, float[][] samples, Checkpoint checkpoint) {
        Tally tally = new Tally(model.vehicles);
        int from = block * BLOCK;
        int to = Math.min(trials, from + BLOCK);
        Trial trial = new Trial(model);
        for (int i = from; i < to; i++) {
            checkpoint.reached(i);
            trial.run(new SplittableRandom(mix(seed, i)), tally, samples, i);
        }
        return tally;
    }

    /** A well-spread 64-bit seed for trial {@code i} (SplitMix64 finaliser of seed + i·golden gamma). */
    static long mix(long seed, long i) {
        long z = seed + (i + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private FleetResult result(Fleet fleet, Model model, Tally total, float[][] samples) {
        double n = trials;
        double pBelow = total.below / n;
        double pEmpty = total.empty / n;
        List<FleetResult.Band> bands = new ArrayList<>();
        for (int p = 0; p < model.points.length; p++) {
            float[] column = samples[p];
            Arrays.sort(column);
            bands.add(new FleetResult.Band(model.points[p], quantile(column, 0.05), quantile(column, 0.25),
                    quantile(column, 0.5), quantile(column, 0.75), quantile(column, 0.95)));
        }
        List<FleetResult.VehicleStats> vehicles = new ArrayList<>();
        for (int v = 0; v < model.vehicles; v++) {
            Fleet.Vehicle vehicle = fleet.vehicles().get(v);
            vehicles.add(new FleetResult.VehicleStats(vehicle.id(), vehicle.partner(), total.flights[v] / n,
                    total.losses[v] / n, total.delivered[v] / n));
        }
        long losses = Arrays.stream(total.losses).sum();
        return new FleetResult(trials, seed, fleet.thresholdDays(), pBelow, Math.sqrt(pBelow * (1 - pBelow) / n),
                pEmpty, Math.sqrt(pEmpty * (1 - pEmpty) / n), total.minReserveKg / n / model.consumption,
                total.daysBelow / n, losses / n, fleet.nominalSupplyKgPerDay(), bands, vehicles);
    }

    /** The q-quantile of sorted values (nearest rank). */
    private static double quantile(float[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    /** The fleet flattened into arrays for the inner loop. */
    private static final class Model {
        final int vehicles;
        final double consumption;
        final double initial;
        final double threshold;
        final double storage;
        final double horizon;
        final double[] cadence;
        final double[] first;
        final double[] capacity;
        final double[] vehicleLoss;
        final double[] vehicleRtf;
        final int[] family;
        final double[] familyLoss;
        final double[] familyRtf;
        final double[] points;

        Model(Fleet fleet) {
            vehicles = fleet.vehicles().size();
            consumption = fleet.consumptionKgPerDay();
            initial = fleet.initialReserveKg();
            threshold = fleet.thresholdKg();
            storage = fleet.storageLimitKg() == null ? Double.POSITIVE_INFINITY : fleet.storageLimitKg();
            horizon = fleet.horizonDays();
            Map<String, Integer> familyIndex = new HashMap<>();
            familyLoss = new double[fleet.families().size()];
            familyRtf = new double[fleet.families().size()];
            for (int f = 0; f < familyLoss.length; f++) {
                Fleet.LauncherFamily family = fleet.families().get(f);
                familyIndex.put(family.id(), f);
                familyLoss[f] = family.lossProbability();
                familyRtf[f] = family.returnToFlightDays();
            }
            cadence = new double[vehicles];
            first = new double[vehicles];
            capacity = new double[vehicles];
            vehicleLoss = new double[vehicles];
            vehicleRtf = new double[vehicles];
            family = new int[vehicles];
            for (int v = 0; v < vehicles; v++) {
                Fleet.Vehicle vehicle = fleet.vehicles().get(v);
                cadence[v] = vehicle.cadenceDays();
                first[v] = vehicle.firstFlightDay();
                capacity[v] = vehicle.capacityKg();
                vehicleLoss[v] = vehicle.lossProbability();
                vehicleRtf[v] = vehicle.returnToFlightDays();
                family[v] = familyIndex.get(vehicle.family());
            }
            int step = Math.max(1, (int) Math.ceil(fleet.horizonDays() / (double) (MAX_BAND_POINTS - 1)));
            int count = fleet.horizonDays() / step + 1 + (fleet.horizonDays() % step == 0 ? 0 : 1);
            points = new double[count];
            for (int p = 0; p < count; p++) {
                points[p] = Math.min(fleet.horizonDays(), p * step);
            }
        }
    }

    /** Sums over trials; combined in block order so that floating-point sums do not depend on threads. */
    private static final class Tally {
        long below;
        long empty;
        double minReserveKg;
        double daysBelow;
        final long[] flights;
        final long[] losses;
        final double[] delivered;

        Tally(int vehicles) {
            flights = new long[vehicles];
            losses = new long[vehicles];
            delivered = new double[vehicles];
        }

        void add(Tally other) {
            below += other.below;
            empty += other.empty;
            minReserveKg += other.minReserveKg;
            daysBelow += other.daysBelow;
            for (int v = 0; v < flights.length; v++) {
                flights[v] += other.flights[v];
                losses[v] += other.losses[v];
                delivered[v] += other.delivered[v];
            }
        }
    }

    /** One trial's state, reused across the trials of a block. */
    private static final class Trial {
        private final Model m;
        private final double[] next;

        private double time;
        private double reserve;
        private double minReserve;
        private double daysBelow;
        private boolean empty;
        private int point;

        Trial(Model model) {
            this.m = model;
            this.next = new double[model.vehicles];
        }

        void run(SplittableRandom random, Tally tally, float[][] samples, int trial) {
            System.arraycopy(m.first, 0, next, 0, m.vehicles);
            time = 0;
            reserve = m.initial;
            minReserve = reserve;
            daysBelow = 0;
            empty = m.initial <= 0;
            point = 0;
            while (true) {
                int v = earliest();
                if (next[v] >= m.horizon) {
                    break;
                }
                double launch = next[v];
                advance(launch, samples, trial);
                tally.flights[v]++;
                boolean launcherFails = random.nextDouble() < m.familyLoss[m.family[v]];
                boolean vehicleFails = random.nextDouble() < m.vehicleLoss[v];
                double following = launch + m.cadence[v];
                if (launcherFails) {
                    tally.losses[v]++;
                    double grounded = launch + m.familyRtf[m.family[v]];
                    for (int w = 0; w < m.vehicles; w++) {
                        if (m.family[w] == m.family[v] && next[w] < grounded) {
                            next[w] = grounded;
                        }
                    }
                    next[v] = Math.max(following, grounded);
                } else if (vehicleFails) {
                    tally.losses[v]++;
                    next[v] = Math.max(following, launch + m.vehicleRtf[v]);
                } else {
                    double before = reserve;
                    reserve = Math.min(m.storage, reserve + m.capacity[v]);
                    tally.delivered[v] += reserve - before;
                    next[v] = following;
                }
            }
            advance(m.horizon, samples, trial);
            if (minReserve < m.threshold) {
                tally.below++;
            }
            if (empty) {
                tally.empty++;
            }
            tally.minReserveKg += minReserve;
            tally.daysBelow += daysBelow;
        }

        private int earliest() {
            int best = 0;
            for (int v = 1; v < m.vehicles; v++) {
                if (next[v] < next[best]) {
                    best = v;
                }
            }
            return best;
        }

        /** Consumes from the current time to {@code until}, recording band points, the minimum and time below. */
        private void advance(double until, float[][] samples, int trial) {
            double c = m.consumption;
            while (point < m.points.length && m.points[point] <= until) {
                samples[point][trial] = (float) (Math.max(0, reserve - c * (m.points[point] - time)) / c);
                point++;
            }
            double span = until - time;
            double end = reserve - c * span;
            if (reserve < m.threshold) {
                daysBelow += span;
            } else if (end < m.threshold) {
                daysBelow += span - (reserve - m.threshold) / c;
            }
            if (end <= 0) {
                empty = true;
                end = 0;
            }
            reserve = end;
            time = until;
            if (reserve < minReserve) {
                minReserve = reserve;
            }
        }
    }
}
