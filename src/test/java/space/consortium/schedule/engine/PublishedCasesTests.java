package space.consortium.schedule.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The published cases T1–T4 of shared/reference/risk-cases.md, with their published answers and tolerances. */
class PublishedCasesTests {

    /** T1: Hillier &amp; Lieberman's Reliable Construction Co. network (o, m, p in weeks; predecessors). */
    static final String[][] RELIABLE = {
            {"A", "1,2,3", ""}, {"B", "2,3.5,8", "A"}, {"C", "6,9,18", "B"}, {"D", "4,5.5,10", "C"},
            {"E", "1,4.5,5", "C"}, {"F", "4,4,10", "E"}, {"G", "5,6.5,11", "D"}, {"H", "5,8,17", "E,G"},
            {"I", "3,7.5,9", "C"}, {"J", "3,9,9", "F,I"}, {"K", "4,4,4", "J"}, {"L", "1,5.5,7", "J"},
            {"M", "1,2,3", "H"}, {"N", "5,5.5,9", "K,L"}};

    static Plan reliable(Function<double[], Distribution> distribution) {
        List<Activity> activities = new ArrayList<>();
        for (String[] row : RELIABLE) {
            String[] omp = row[1].split(",");
            double[] v = {Double.parseDouble(omp[0]), Double.parseDouble(omp[1]), Double.parseDouble(omp[2])};
            String[] after = row[2].isEmpty() ? new String[0] : row[2].split(",");
            activities.add(Activity.of(row[0], "p" + (activities.size() % 3), distribution.apply(v), after));
        }
        return Plan.of(activities).withTargets(47.0, null);
    }

    static double pertMean(double[] v) {
        return (v[0] + 4 * v[1] + v[2]) / 6;
    }

    static double pertSd(double[] v) {
        return (v[2] - v[0]) / 6;
    }

    static JclResult run(Plan plan, int trials) {
        return JclMonteCarlo.prepare(plan).run(new RunSettings(trials, 20261126L, 2, 0), done -> { });
    }

    @Test
    void t1CriticalPathOnPertMeansIs44WeeksThroughABCEFJLN() {
        JclResult r = run(reliable(v -> Distribution.fixed(pertMean(v))), 100);
        assertThat(r.deterministicFinish()).isCloseTo(44, within(1e-9));
        assertThat(r.finish().p90()).isCloseTo(44, within(1e-9));
        for (String id : List.of("A", "B", "C", "E", "F", "J", "L", "N")) {
            assertThat(r.criticality().get(id)).as(id).isEqualTo(1.0);
        }
        for (String id : List.of("D", "G", "H", "I", "K", "M")) {
            assertThat(r.criticality().get(id)).as(id).isEqualTo(0.0);
        }
        double variance = 0;
        for (String[] row : RELIABLE) {
            if ("ABCEFJLN".contains(row[0])) {
                String[] omp = row[1].split(",");
                double sd = (Double.parseDouble(omp[2]) - Double.parseDouble(omp[0])) / 6;
                variance += sd * sd;
            }
        }
        assertThat(variance).isCloseTo(9, within(1e-12));
        assertThat(StandardNormal.cdf((47 - 44) / Math.sqrt(variance))).isCloseTo(0.841345, within(1e-6));
    }

    @Test
    void t1NormalActivitiesShowTheMergeBias() {
        JclResult r = run(reliable(v -> Distribution.normal(pertMean(v), pertSd(v))), 200_000);
        assertThat(r.probabilityFinishBy()).isCloseTo(0.8275, within(0.003));
        assertThat(r.finish().mean()).isCloseTo(44.28, within(0.05));
        assertThat(r.finish().p50()).isCloseTo(44.26, within(0.05));
        assertThat(r.finish().p80()).isCloseTo(46.70, within(0.05));
    }

    @Test
    void t1BetaPertAndTriangular() {
        JclResult pert = run(reliable(v -> Distribution.pert(v[0], v[1], v[2])), 200_000);
        assertThat(pert.probabilityFinishBy()).isCloseTo(0.8166, within(0.004));
        assertThat(pert.finish().mean()).isCloseTo(44.32, within(0.05));
        JclResult tri = run(reliable(v -> Distribution.triangular(v[0], v[1], v[2])), 200_000);
        assertThat(tri.probabilityFinishBy()).isCloseTo(0.594, within(0.004));
        assertThat(tri.finish().mean()).isCloseTo(46.23, within(0.05));
    }

    static Plan parallel(int paths) {
        List<Activity> activities = new ArrayList<>();
        String[] names = new String[paths];
        for (int i = 0; i < paths; i++) {
            names[i] = "P" + (i + 1);
            activities.add(Activity.of(names[i], "partner" + i, Distribution.normal(100, 10)));
        }
        activities.add(Activity.of("END", "", Distribution.fixed(0), names));
        return Plan.of(activities).withTargets(100.0, null);
    }

    @Test
    void t2MergeBiasClosedForms() {
        JclResult two = run(parallel(2), 400_000);
        assertThat(two.finish().mean()).isCloseTo(105.6419, within(0.05));
        assertThat(two.mergeBias()).singleElement().satisfies(m -> {
            assertThat(m.activity()).isEqualTo("END");
            assertThat(m.biasDays()).isCloseTo(5.6419, within(0.05));
        });
        JclResult five = run(parallel(5), 400_000);
        assertThat(five.probabilityFinishBy()).isCloseTo(0.03125, within(0.001));
        assertThat(five.finish().p50()).isCloseTo(111.2900, within(0.06));
        assertThat(five.finish().p80()).isCloseTo(117.0984, within(0.08));
        assertThat(five.finish().mean()).isCloseTo(111.6296, within(0.05));
        double critical = five.criticality().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(critical).as("each trial: one path plus END").isCloseTo(2.0, within(1e-12));
    }

    static Plan tenTriangularInSeries() {
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            activities.add(i == 0 ? Activity.of("T0", "esa", Distribution.triangular(8, 10, 15))
                    : Activity.of("T" + i, "esa", Distribution.triangular(8, 10, 15), "T" + (i - 1)));
        }
        return Plan.of(activities);
    }

    @ParameterizedTest
    @CsvSource({"0, 4.6547", "0.3, 8.9536", "1, 14.7196"})
    void t3SumOfTenCorrelatedTriangulars(double rho, double sd) {
        Plan plan = tenTriangularInSeries();
        if (rho > 0) {
            plan = plan.withCorrelations(List.of(new Correlation(
                    plan.activities().stream().map(Activity::id).toList(), rho, Correlation.Target.DURATION)));
        }
        JclResult r = run(plan, 100_000);
        assertThat(r.finish().mean()).isCloseTo(110, within(3 * r.finish().sd() / Math.sqrt(100_000)));
        assertThat(r.finish().sd()).isCloseTo(sd, within(sd * 0.01));
    }

    @Test
    void t3CorrelatingDoesNotMoveTheMean() {
        Plan plan = Plan.of(List.of(Activity.of("N", "nasa", Distribution.normal(10, 2)),
                Activity.of("T", "esa", Distribution.triangular(5, 10, 15), "N"),
                Activity.of("U", "jaxa", Distribution.uniform(8, 12), "T")))
                .withCorrelations(List.of(
                        new Correlation(List.of("N", "T"), 0.5, Correlation.Target.DURATION),
                        new Correlation(List.of("N", "U"), 0.3, Correlation.Target.DURATION),
                        new Correlation(List.of("T", "U"), 0.4, Correlation.Target.DURATION)));
        JclResult r = run(plan, 200_000);
        assertThat(r.finish().mean()).isCloseTo(30.000, within(3 * r.finish().sd() / Math.sqrt(200_000)));
        // a Cholesky factor applied to raw samples would also move the mean of N + T + U by nothing here, but it
        // would change the marginals: check the triangular still ranges over [5, 15] and the total over [13, 42]
        assertThat(r.finish().min()).isGreaterThanOrEqualTo(5 + 8 - 10);
    }

    /** T4: finish = A + B (normal, in series), cost = 1 × B's duration, so corr(cost, finish) = sB / √(sA² + sB²). */
    static Plan bivariate(double rho) {
        double sb = 10;
        Activity a;
        if (rho == 0) {
            a = Activity.of("A", "nasa", Distribution.normal(300, 10))
                    .withCost(Distribution.normal(100, 10), Distribution.fixed(0));
            return Plan.of(List.of(a));
        }
        double sa = sb * Math.sqrt(1 - rho * rho) / rho;
        a = Activity.of("A", "nasa", Distribution.normal(300, sa));
        Activity b = Activity.of("B", "esa", Distribution.normal(100, sb), "A")
                .withCost(Distribution.fixed(0), Distribution.fixed(1));
        return Plan.of(List.of(a, b));
    }

    @ParameterizedTest
    @CsvSource({"0, 0.25, 0.49", "0.3, 0.298493, 0.528143", "0.5, 0.333333, 0.556767", "0.8, 0.397584, 0.611180",
            "1, 0.5, 0.70"})
    void t4JointConfidenceOfBivariateNormalCostAndDate(double rho, double atP50, double atP70) {
        Plan plan = bivariate(rho);
        double z70 = StandardNormal.quantile(0.7);
        double finishMean = rho == 0 ? 300 : 400;
        double finishSd = rho == 0 ? 10 : 10 / rho;
        double costSd = 10;
        JclResult p50 = run(plan.withTargets(finishMean, 100.0), 200_000);
        assertThat(p50.jcl()).isCloseTo(atP50, within(0.005));
        JclResult p70 = run(plan.withTargets(finishMean + z70 * finishSd, 100 + z70 * costSd), 200_000);
        assertThat(p70.jcl()).isCloseTo(atP70, within(0.005));
        assertThat(p70.probabilityFinishBy()).isCloseTo(0.7, within(0.005));
        assertThat(p70.probabilityCostWithin()).isCloseTo(0.7, within(0.005));
    }

    @Test
    void t4ComonotoneCostGivesTheMinimumOfTheMarginals() {
        Activity a = Activity.of("A", "nasa", Distribution.triangular(10, 20, 40))
                .withCost(Distribution.fixed(50), Distribution.fixed(3));
        Plan plan = Plan.of(List.of(a));
        // cost = 50 + 3T: F_C(c) = F_T((c - 50) / 3); at t = 25 and c = 50 + 3 * 22: min(F_T(25), F_T(22))
        JclResult r = run(plan.withTargets(25.0, 50.0 + 3 * 22), 100_000);
        double fT22 = triangularCdf(22, 10, 20, 40);
        assertThat(r.jcl()).isCloseTo(Math.min(triangularCdf(25, 10, 20, 40), fT22), within(0.005));
        assertThat(r.probabilityCostWithin()).isCloseTo(fT22, within(0.005));
    }

    static double triangularCdf(double x, double a, double m, double b) {
        return x <= m ? (x - a) * (x - a) / ((b - a) * (m - a)) : 1 - (b - x) * (b - x) / ((b - a) * (b - m));
    }

    @Test
    void independentCostAndDateMultiply() {
        Activity a = Activity.of("A", "nasa", Distribution.uniform(10, 20))
                .withCost(Distribution.uniform(0, 100), Distribution.fixed(0));
        JclResult r = run(Plan.of(List.of(a)).withTargets(15.0, 30.0), 200_000);
        assertThat(r.jcl()).isCloseTo(0.5 * 0.3, within(0.004));
    }
}
