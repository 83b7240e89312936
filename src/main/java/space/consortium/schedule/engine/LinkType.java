package space.consortium.schedule.engine;

/** How a successor waits for its predecessor: finish-to-start, start-to-start or finish-to-finish. */
public enum LinkType {
    /** The successor starts after the predecessor finishes, plus the lag. */
    FS,
    /** The successor starts after the predecessor starts, plus the lag. */
    SS,
    /** The successor finishes after the predecessor finishes, plus the lag. */
    FF
}
