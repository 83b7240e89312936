package space.consortium.dataset;

/**
 * A backup or export could not be written (a stored text that UTF-8 cannot hold, a full disk); no file was left in
 * the target directory.
 */
public class BackupFailed extends RuntimeException {

    public BackupFailed(String message, Throwable cause) {
        super(message, cause);
    }

    public BackupFailed(String message) {
        super(message);
    }
}
