package space.consortium.relay.engine;

/** How an orbiter's trajectory is computed. */
public enum PropagatorKind {
    /** Numerical integration (Dormand-Prince 8(5,3)) with point-mass Mars plus J2: the reference, any eccentricity. */
    NUMERICAL_J2,
    /** Eckstein-Hechler analytical theory with J2 (fast; near-circular orbits only, e &lt; 0.05). */
    ECKSTEIN_HECHLER,
    /** Two-body Keplerian motion: a quick look, wrong by minutes after a few days (pass counts change). */
    KEPLERIAN,
    /** Eckstein-Hechler for near-circular orbits (e &lt; 0.05), numerical J2 for the others. */
    AUTO;

    /** The eccentricity below which Eckstein-Hechler is used by {@link #AUTO} and accepted at all. */
    public static final double NEAR_CIRCULAR = 0.05;
}
