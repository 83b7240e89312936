package space.consortium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import space.consortium.support.Cli.Run;
import space.consortium.support.PackagedJar;

/**
 * {@code backup} and {@code restore} of the packaged jar, as an administrator runs them: a backup restores into a new
 * data directory and backs up to identical files; a corrupted backup exits 2 with {@code file:line} and changes
 * nothing. Run by Failsafe in {@code mvn verify}, after the jar is built.
 */
class BackupCommandIT {

    private static final Path SHIPPED = Path.of("src", "main", "resources", "dataset");

    @TempDir Path temp;

    @Test
    void backupRestoresIntoANewDataDirectoryAndBacksUpIdentically() throws Exception {
        String source = temp.resolve("source").toString();
        Run load = run(Map.of(), "dataset", "import", "--dir", SHIPPED.toString(), "--data", source);
        assertThat(load.exit()).as(load.err()).isZero();
        Run admin = run(Map.of("CONSORTIUM_ADMIN_PASSWORD", "correct horse battery"), "users", "add", "--admin",
                "alice", "--data", source);
        assertThat(admin.exit()).as(admin.err()).isZero();

        Path first = temp.resolve("first");
        Run backup = run(Map.of(), "backup", "--to", first.toString(), "--data", source);
        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("partner", "app_user", "audit_event", "Backed up");
        assertThat(first.resolve("manifest.json")).exists();
        assertThat(Files.readString(first.resolve("partner.jsonl"))).contains("\"id\":\"esa\"");

        String target = temp.resolve("target").toString();
        Run restore = run(Map.of(), "restore", "--from", first.toString(), "--data", target);
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored");
        Path second = temp.resolve("second");
        assertThat(run(Map.of(), "backup", "--to", second.toString(), "--data", target).exit()).isZero();
        assertThat(files(second)).isEqualTo(files(first));
        Run users = run(Map.of(), "users", "list", "--data", target);
        assertThat(users.out()).contains("alice", "admin");

        Path bad = Files.createDirectories(temp.resolve("bad"));
        for (Map.Entry<String, String> file : files(first).entrySet()) {
            Files.writeString(bad.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        List<String> partners = new ArrayList<>(Files.readAllLines(bad.resolve("partner.jsonl")));
        partners.set(1, "{\"id\": broken");
        Files.write(bad.resolve("partner.jsonl"), partners, StandardCharsets.UTF_8);
        Run rejected = run(Map.of(), "restore", "--from", bad.toString(), "--data", target);
        assertThat(rejected.exit()).isEqualTo(2);
        assertThat(rejected.err()).contains("partner.jsonl:2: not valid JSON", "not changed")
                .doesNotContain("Exception", "\tat ");
        Path third = temp.resolve("third");
        assertThat(run(Map.of(), "backup", "--to", third.toString(), "--data", target).exit()).isZero();
        assertThat(files(third)).isEqualTo(files(first));

        Run notEmpty = run(Map.of(), "backup", "--to", first.toString(), "--data", target);
        assertThat(notEmpty.exit()).isEqualTo(2);
        assertThat(notEmpty.err()).contains("not empty");
    }

    private static Map<String, String> files(Path dir) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private Run run(Map<String, String> env, String... args) throws Exception {
        return new PackagedJar(temp).run(env, args);
    }
}
