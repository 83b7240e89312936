package space.consortium.teaming.engine;

/** A constraint group of the deletion filter; {@code index} is a requirement, candidate or pair index. */
record ConstraintGroup(Conflict.Kind kind, int index) {
}
