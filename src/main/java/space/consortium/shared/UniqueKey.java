package space.consortium.shared;

import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.CannotCreateTransactionException;
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
        ConnectionHolder connection = transactionConnection();
        @Nullable Savepoint savepoint = null;
        if (connection != null && !connection.isRollbackOnly()) {
            // a transaction already doomed (an outer caller caught a failure) takes no savepoint; the write then runs
            // without one, and a refusal still fails it, only less precisely named on PostgreSQL
            try {
                savepoint = connection.createSavepoint();
            } catch (SQLException e) {
                throw new CannotCreateTransactionException("Cannot create a savepoint", e);
            }
        }
        try {
            T result = write.get();
            if (savepoint != null) {
                release(connection, savepoint);
            }
            return result;
        } catch (DuplicateKeyException e) {
            if (savepoint != null) {
                try {
                    connection.getConnection().rollback(savepoint);
                } catch (SQLException rollbackFailed) {
                    e.addSuppressed(rollbackFailed);
                    throw e;
                }
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

    /** The JDBC connection of the current transaction (a JDBC transaction manager binds one per data source). */
    private static @Nullable ConnectionHolder transactionConnection() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        ConnectionHolder found = null;
        for (Object resource : TransactionSynchronizationManager.getResourceMap().values()) {
            if (resource instanceof ConnectionHolder holder && holder.isSynchronizedWithTransaction()) {
                if (found != null) {
                    return null; // two data sources: we cannot tell which one the write uses
                }
                found = holder;
            }
        }
        return found;
    }

    private static void release(ConnectionHolder connection, Savepoint savepoint) {
        try {
            connection.getConnection().releaseSavepoint(savepoint);
        } catch (SQLException e) {
            // not every driver releases savepoints; the transaction's end releases them anyway
        }
    }
}
