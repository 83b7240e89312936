package space.consortium.shared;

/**
 * Published inside the transaction of every audited write (create, update or delete) of a record, so that a module
 * that keeps data derived from it (the search index) changes it in the same transaction: both commit or neither.
 *
 * @param kind the audit trail's name of the record's kind: {@code partner}, {@code project}, {@code agreement},
 *             {@code claim}, ...
 * @param id   the record's id as text
 */
public record RecordChanged(String kind, String id) {
}
