package space.consortium.costshare.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import space.consortium.costshare.engine.Core;
import space.consortium.costshare.engine.Game;
import space.consortium.costshare.engine.GameKind;
import space.consortium.costshare.engine.Nucleolus;
import space.consortium.costshare.engine.TableGame;

/**
 * Nucleolus and least core for n = 15 and 20 players. Targets: nucleolus n = 15 ≤ 0.5 s, n = 20 ≤ 10 s.
 *
 * <p>Games: {@code scale}, a cost game with economies of scale defined below (evaluated on every call, so the
 * figure includes tabulating 2ⁿ coalitions); {@code random}, a profit game with integer values in [0, 4·|S|]
 * (many ties, usually an empty core), tabulated once in the set-up. Run (single shot, one fork):
 * {@code java -cp ... org.openjdk.jmh.Main 'costshare.bench.Nucleolus.*' -f 1 -wi 1 -i 3 -bm ss -tu ms}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NucleolusBenchmark {

    @Param({"15", "20"})
    public int players;

    @Param({"scale", "random"})
    public String game;

    private Game instance;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(20261125L);
        List<String> names = IntStream.range(0, players).mapToObj(i -> "p" + i).toList();
        if (game.equals("scale")) {
            double[] demand = random.doubles(players, 10, 100).toArray();
            instance = new EconomiesOfScale(names, demand);
        } else {
            double[] values = new double[1 << players];
            for (int mask = 1; mask < values.length; mask++) {
                values[mask] = random.nextInt(4 * Integer.bitCount(mask) + 1);
            }
            double standAlone = 0;
            for (int i = 0; i < players; i++) {
                standAlone += values[1 << i];
            }
            values[values.length - 1] = Math.max(values[values.length - 1], standAlone);
            instance = new TableGame(GameKind.PROFIT, names, values);
        }
    }

    @Benchmark
    public double[] nucleolus() {
        return Nucleolus.nucleolus().allocate(instance).shares();
    }

    @Benchmark
    public double leastCore() {
        return Core.leastCore(instance);
    }

    /** c(S) = 100 + 20·d(S)^0.7: a fixed cost per facility and a concave variable cost (a submodular cost game). */
    private record EconomiesOfScale(List<String> players, double[] demand) implements Game {

        @Override
        public GameKind kind() {
            return GameKind.COST;
        }

        @Override
        public double value(long mask) {
            if (mask == 0) {
                return 0;
            }
            double total = 0;
            for (int i = 0; i < demand.length; i++) {
                if ((mask & (1L << i)) != 0) {
                    total += demand[i];
                }
            }
            return 100 + 20 * Math.pow(total, 0.7);
        }
    }
}
