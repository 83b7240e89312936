package space.consortium.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A directory written beside its target and moved into place only once complete, so that a failure half-way leaves
 * the target exactly as it was (no partial files). The staging directory is a hidden sibling of the target, on the
 * same file system, so the final moves are renames.
 */
final class StagedDirectory implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean committed;

    private StagedDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    static StagedDirectory beside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new IOException("cannot write into the root directory " + absolute);
        }
        Files.createDirectories(parent);
        return new StagedDirectory(absolute, Files.createTempDirectory(parent, "." + absolute.getFileName() + ".partial-"));
    }

    /** Where to write the files. */
    Path path() {
        return staging;
    }

    /**
     * Moves the staged files into the target: the whole directory in one rename when the target does not exist yet,
     * else file by file, each replacing the file of the same name.
     */
    void commit() throws IOException {
        if (!Files.exists(target)) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } else {
            List<Path> files;
            try (Stream<Path> list = Files.list(staging)) {
                files = list.sorted().toList();
            }
            for (Path file : files) {
                Files.move(file, target.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            Files.delete(staging);
        }
        committed = true;
    }

    @Override
    public void close() {
        if (committed || !Files.exists(staging)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the staging directory " + staging, e);
        }
    }
}
