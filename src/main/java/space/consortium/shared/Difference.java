package space.consortium.shared;

/**
 * One field of a record as someone else saved it and as the user typed it, for the stale-edit comparison a form shows
 * after its save was refused ({@code templates/fragments/stale.html}); values are as people read them ("—" for none).
 */
public record Difference(String label, String theirs, String yours) {

    /** Whether the user's value is not the saved one (the row is then marked). */
    public boolean differs() {
        return !theirs.equals(yours);
    }
}
