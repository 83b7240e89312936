package space.consortium.insights.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import space.consortium.insights.engine.Contribution;
import space.consortium.insights.engine.CooperationData;
import space.consortium.insights.engine.CooperationGraph;
import space.consortium.insights.engine.NetworkMetrics;
import space.consortium.insights.engine.Participation;
import space.consortium.insights.engine.PartnerStatistics;
import space.consortium.insights.engine.ProjectRecord;

/**
 * Every cooperation metric on a synthetic registry of 5,000 partners and 50,000 projects (target: ≤ 5 s on 2 cores).
 * Each project has 1–5 partners drawn with a fixed seed; partner {@code ⌊n·u³⌋} for uniform u, so that the first
 * partners are hubs (the first 1 % receive about 22 % of the participations).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class NetworkMetricsBenchmark {

    private static final String[] KINDS = {"instrument", "launch", "ground segment", "funding"};

    @Param({"5000"})
    public int partners;

    @Param({"50000"})
    public int projects;

    private CooperationData data;

    @Setup
    public void setUp() {
        data = registry(partners, projects, 20261125L);
    }

    static CooperationData registry(int partners, int projects, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ProjectRecord> projectRecords = new ArrayList<>(projects);
        List<Participation> participations = new ArrayList<>();
        List<Contribution> contributions = new ArrayList<>();
        for (int p = 0; p < projects; p++) {
            String project = "project-" + p;
            projectRecords.add(new ProjectRecord(project, random.nextInt(20) == 0 ? null : 1960 + random.nextInt(66)));
            int k = 1 + random.nextInt(5);
            for (int i = 0; i < k; i++) {
                String partner = "partner-" + (int) (partners * Math.pow(random.nextDouble(), 3));
                participations.add(new Participation(project, partner));
                contributions.add(new Contribution(project, partner, KINDS[random.nextInt(KINDS.length)]));
            }
        }
        return new CooperationData(projectRecords, participations, contributions);
    }

    /** Graph build, degree, weighted degree, betweenness, closeness, clustering, communities and statistics. */
    @Benchmark
    public Object allMetrics() {
        CooperationGraph graph = CooperationGraph.build(data, null);
        NetworkMetrics metrics = NetworkMetrics.compute(graph, 20);
        List<PartnerStatistics> statistics = PartnerStatistics.compute(graph, data.contributions());
        return List.of(metrics, statistics);
    }

    /** The graph build alone. */
    @Benchmark
    public CooperationGraph buildGraph() {
        return CooperationGraph.build(data, null);
    }
}
