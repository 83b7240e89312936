package space.consortium.shared;

/**
 * Published inside the transaction of a bulk change of the registry (a dataset import), after which data derived from
 * the registry is rebuilt whole instead of record by record.
 */
public record RegistryReplaced() {
}
