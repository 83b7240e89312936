package space.consortium.schedule.engine;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import space.consortium.schedule.engine.bench.JclBenchmark;

/**
 * Writes the benchmark plan of issue 14's "speed" comparison (not a test): {@code plan.json}, the plan file of
 * {@code JclBenchmark.plan(2000, 42)} (2,000 activities, 50 risks, 50 correlation groups) for {@code consortium jcl},
 * and {@code network.bin}, the same network already compiled (topological order, links by successor, each uncertain
 * input's quantile parameters, the PERT tables), which {@code bench.JclBareLoop} samples and passes forward. Both are
 * reproducible from the seed.
 *
 * <p>{@code java -cp target/test-classes:target/classes:$(cat cp.txt) space.consortium.schedule.engine.BigPlanFiles
 * DIR [ACTIVITIES [SEED]]}
 */
public final class BigPlanFiles {

    /** Kinds of an input in {@code network.bin}. */
    static final byte CONSTANT = 0;
    static final byte UNIFORM = 1;
    static final byte TRIANGULAR = 2;
    static final byte PERT = 3;
    static final byte NORMAL = 4;
    static final byte LOGNORMAL = 5;

    private BigPlanFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        Plan plan = JclBenchmark.plan(n, seed);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("plan.json"), json(plan));
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                Files.newOutputStream(dir.resolve("network.bin"))))) {
            network(PlanCompiler.compile(plan), out);
        }
    }

    /** The plan as a plan file of {@code consortium jcl}. */
    static String json(Plan plan) {
        StringBuilder s = new StringBuilder("{\"activities\": [\n");
        for (int i = 0; i < plan.activities().size(); i++) {
            Activity a = plan.activities().get(i);
            s.append(i == 0 ? "" : ",\n").append("{\"id\": \"").append(a.id()).append("\", \"name\": \"")
                    .append(a.name()).append("\", \"owner\": \"").append(a.owner()).append("\", \"duration\": ");
            distribution(s, a.durationDays());
            List<String> after = new ArrayList<>();
            List<Link> others = new ArrayList<>();
            for (Link l : a.links()) {
                if (l.type() == LinkType.FS && l.lagDays() == 0) {
                    after.add(l.predecessor());
                } else {
                    others.add(l);
                }
            }
            if (!after.isEmpty()) {
                s.append(", \"after\": [").append(String.join(", ", after.stream().map(id -> "\"" + id + "\"")
                        .toList())).append(']');
            }
            if (!others.isEmpty()) {
                s.append(", \"links\": [");
                for (int j = 0; j < others.size(); j++) {
                    Link l = others.get(j);
                    s.append(j == 0 ? "" : ", ").append("{\"from\": \"").append(l.predecessor()).append("\", \"type\": \"")
                            .append(l.type()).append("\", \"lag\": ").append(l.lagDays()).append('}');
                }
                s.append(']');
            }
            s.append(", \"cost\": {\"fixed\": ");
            distribution(s, a.fixedCost());
            s.append(", \"rate\": ");
            distribution(s, a.ratePerDay());
            s.append("}}");
        }
        s.append("],\n\"risks\": [\n");
        for (int i = 0; i < plan.risks().size(); i++) {
            DiscreteRisk r = plan.risks().get(i);
            s.append(i == 0 ? "" : ",\n").append("{\"id\": \"").append(r.id()).append("\", \"name\": \"")
                    .append(r.name()).append("\", \"probability\": ").append(r.probability()).append(", \"affects\": [")
                    .append(String.join(", ", r.affects().stream().map(id -> "\"" + id + "\"").toList()))
                    .append("], \"delay\": ");
            distribution(s, r.delayDays());
            s.append(", \"cost\": ");
            distribution(s, r.cost());
            s.append('}');
        }
        s.append("],\n\"correlations\": [\n");
        for (int i = 0; i < plan.correlations().size(); i++) {
            Correlation c = plan.correlations().get(i);
            s.append(i == 0 ? "" : ",\n").append("{\"activities\": [")
                    .append(String.join(", ", c.activities().stream().map(id -> "\"" + id + "\"").toList()))
                    .append("], \"rho\": ").append(c.rho()).append(", \"on\": \"")
                    .append(c.on() == Correlation.Target.COST ? "cost" : "duration").append("\"}");
        }
        return s.append("]}\n").toString();
    }

    private static void distribution(StringBuilder s, Distribution d) {
        double[] p = d.parameters();
        String[] names = switch (d.kind()) {
            case FIXED -> new String[] {"value"};
            case UNIFORM -> new String[] {"min", "max"};
            case TRIANGULAR, PERT -> new String[] {"min", "mode", "max"};
            case NORMAL, LOGNORMAL -> new String[] {"mean", "sd"};
        };
        s.append("{\"dist\": \"").append(Distribution.NAMES.get(d.kind().ordinal())).append('"');
        for (int i = 0; i < p.length; i++) {
            s.append(", \"").append(names[i]).append("\": ").append(p[i]);
        }
        s.append('}');
    }

    /**
     * The compiled network: n, then per activity in topological order its links (count, then predecessor, kind
     * 0 FS / 1 SS / 2 FF, lag) and its three inputs (duration, fixed cost, burn rate); then the PERT tables.
     * An input is a kind byte and five doubles (a, b, c and the derived p, q) and a PERT table index.
     */
    static void network(Network net, OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        Map<double[], Integer> tables = new IdentityHashMap<>(); // the compiler shares one table per PERT shape
        List<double[]> tableList = new ArrayList<>();
        out.writeInt(net.n);
        for (int k = 0; k < net.n; k++) {
            out.writeInt(net.linkStart[k + 1] - net.linkStart[k]);
            for (int l = net.linkStart[k]; l < net.linkStart[k + 1]; l++) {
                out.writeInt(net.linkPred[l]);
                out.writeByte(net.linkKind[l]);
                out.writeDouble(net.linkLag[l]);
            }
            for (Distribution d : new Distribution[] {net.duration[k], net.fixedCost[k], net.rate[k]}) {
                input(d, out, tables, tableList);
            }
        }
        out.writeInt(tableList.size());
        for (double[] t : tableList) {
            out.writeInt(t.length);
            for (double v : t) {
                out.writeDouble(v);
            }
        }
        out.flush();
    }

    private static void input(Distribution d, DataOutputStream out, Map<double[], Integer> tables,
                              List<double[]> tableList) throws IOException {
        double[] p = d.parameters();
        double a = p[0];
        double b = p.length > 1 ? p[1] : 0;
        double c = p.length > 2 ? p[2] : 0;
        byte kind;
        double dp = 0;
        double dq = 0;
        int table = -1;
        if (d.isConstant()) {
            kind = CONSTANT;
            a = d.mean();
        } else {
            switch (d.kind()) {
                case UNIFORM -> kind = UNIFORM;
                case TRIANGULAR -> {
                    kind = TRIANGULAR;
                    dp = (b - a) / (c - a);
                }
                case PERT -> {
                    kind = PERT;
                    dp = 1 + 4 * (b - a) / (c - a);
                    dq = 1 + 4 * (c - b) / (c - a);
                    table = tables.computeIfAbsent(d.pertTable(), x -> tableList.size());
                    if (table == tableList.size()) {
                        tableList.add(d.pertTable());
                    }
                }
                case NORMAL -> kind = NORMAL;
                case LOGNORMAL -> {
                    kind = LOGNORMAL;
                    dq = Math.sqrt(Math.log1p((b / a) * (b / a)));
                    dp = Math.log(a) - dq * dq / 2;
                }
                default -> throw new IllegalArgumentException("not sampled: " + d);
            }
        }
        out.writeByte(kind);
        out.writeDouble(a);
        out.writeDouble(b);
        out.writeDouble(c);
        out.writeDouble(dp);
        out.writeDouble(dq);
        out.writeInt(table);
    }
}
