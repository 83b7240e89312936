package space.consortium.costshare.engine;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;

/**
 * Creates GLOP linear-programming solvers (OR-Tools). The native library is loaded once, on first use, by the
 * class-initialisation lock of a holder class, so concurrent first calls are safe. OR-Tools types stay inside this
 * package: no public signature mentions them.
 */
final class Glop {

    /**
     * Tolerances tighter than GLOP's defaults (1e-8), since the LPs here are normalised to values in [−1, 1]. Presolve
     * off: on degenerate LPs whose feasible set is a single point, GLOP's presolve reduced the problem to nothing
     * and its postsolve then reported ABNORMAL ("needed cost perturbation too large"); without it, re-solves after
     * adding rows also start from the previous basis.
     */
    private static final String PARAMETERS = """
            use_preprocessing: false
            primal_feasibility_tolerance: 1e-10
            dual_feasibility_tolerance: 1e-10
            """;

    private Glop() {
    }

    private static final class NativeLibrary {
        static {
            Loader.loadNativeLibraries();
        }

        static void ensureLoaded() {
            // the static initialiser does the work, exactly once
        }
    }

    /** A new, empty GLOP solver; the caller must {@link MPSolver#delete()} it. */
    static MPSolver create() {
        NativeLibrary.ensureLoaded();
        MPSolver solver = MPSolver.createSolver("GLOP");
        if (solver == null) {
            throw new IllegalStateException("OR-Tools could not create a GLOP solver");
        }
        if (!solver.setSolverSpecificParametersAsString(PARAMETERS)) {
            solver.delete();
            throw new IllegalStateException("GLOP rejected the parameters " + PARAMETERS);
        }
        return solver;
    }
}
