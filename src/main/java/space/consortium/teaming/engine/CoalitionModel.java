package space.consortium.teaming.engine;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.List;

/** A built CP-SAT model and its variables. */
final class CoalitionModel {

    final CpModel cp = new CpModel();
    final CoalitionInstance in;
    BoolVar[] x = new BoolVar[0];
    BoolVar[][] y = new BoolVar[0][];
    int[][] providers = new int[0][];
    long[][] providerCosts = new long[0][];
    LinearExpr cost = LinearExpr.constant(0);
    LinearExpr size = LinearExpr.constant(0);
    LinearExpr redundancy = LinearExpr.constant(0);
    boolean trivialInfeasible;

    CoalitionModel(CoalitionInstance in) {
        this.in = in;
    }

    LinearExpr expr(Objective objective) {
        return switch (objective) {
            case MIN_COST -> cost;
            case MIN_PARTNERS -> size;
            case MAX_REDUNDANCY -> redundancy;
        };
    }

    /** x values, then y values requirement by requirement: the layout {@link CoalitionInstance#coalition} reads. */
    long[] values(CpSolver solver) {
        List<Long> out = new ArrayList<>();
        for (BoolVar v : x) {
            out.add(solver.booleanValue(v) ? 1L : 0L);
        }
        for (BoolVar[] row : y) {
            for (BoolVar v : row) {
                out.add(solver.booleanValue(v) ? 1L : 0L);
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    void hint(long[] values) {
        cp.clearHints();
        int at = 0;
        for (BoolVar v : x) {
            cp.addHint(v, values[at++] == 1);
        }
        for (BoolVar[] row : y) {
            for (BoolVar v : row) {
                cp.addHint(v, values[at++] == 1);
            }
        }
    }
}
