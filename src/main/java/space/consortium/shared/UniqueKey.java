package space.consortium.shared;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a write whose key a unique constraint of the schema guards, and turns a violation into {@link AlreadyExists}
 * naming the stored record.
 *
 * <p>A service checks first (to answer with every field problem at once), but two requests can pass that check
 * together; the database then lets one insert win and refuses the others. The write runs inside a savepoint, so
 * that after a refusal the transaction can still read: PostgreSQL aborts a whole transaction on a failed statement,
 * a savepoint rolled back to keeps it usable. Under read committed (the default of both H2 and PostgreSQL) the read
 * after the refusal sees the winner's committed row, so {@code conflict} can name it.
 */
public final class UniqueKey {

    private UniqueKey() {
    }

    /**
     * Runs {@code write}; on a unique-key violation throws what {@code conflict} returns.
     *
     * @param write    the insert or update
     * @param conflict builds the failure naming the stored record; it may query the database
     * @throws AlreadyExists (or whatever {@code conflict} builds) when the key is taken
     */
    public static <T> T guard(Supplier<T> write, Supplier<? extends RuntimeException> conflict) {
        TransactionStatus status = currentTransaction();
        @Nullable Object savepoint = null;
        if (status != null && !status.isRollbackOnly()) {
            // a transaction already doomed (an outer caller caught a failure) cannot take a savepoint; the write then
            // runs without one, and a refusal still fails the write, only less precisely named on PostgreSQL
            savepoint = status.createSavepoint();
        }
        try {
            T result = write.get();
            if (savepoint != null) {
                status.releaseSavepoint(savepoint);
            }
            return result;
        } catch (DuplicateKeyException e) {
            if (savepoint != null) {
                status.rollbackToSavepoint(savepoint);
            }
            RuntimeException failure;
            try {
                failure = conflict.get();
            } catch (DataAccessException | NotFound lookupFailed) {
                failure = new InUse("A record with the same key was stored at the same time; reload and try again");
            }
            throw failure;
        }
    }

    /** Runs {@code write} (which returns nothing) like {@link #guard(Supplier, Supplier)}. */
    public static void guard(Runnable write, Supplier<? extends RuntimeException> conflict) {
        guard(() -> {
            write.run();
            return Boolean.TRUE;
        }, conflict);
    }

    private static @Nullable TransactionStatus currentTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        try {
            return TransactionAspectSupport.currentTransactionStatus();
        } catch (NoTransactionException e) {
            return null;
        }
    }
}
