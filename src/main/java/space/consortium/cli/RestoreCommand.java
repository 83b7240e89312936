package space.consortium.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import space.consortium.dataset.BackupInvalid;
import space.consortium.dataset.BackupService;

/** {@code restore}: replaces the database's contents by a backup, all or nothing. */
@Command(name = "restore", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Replace the contents of every table a backup holds by the rows of a directory written by "
                + "'backup', all or nothing: every file and row is checked first, then everything is replaced in one "
                + "transaction (versions, ids and the audit trail exactly as in the files).",
                "A new --data directory is created and restored into. Exit code 2, with file:line: message and the "
                        + "database unchanged, for a bad file or row or a backup of a newer schema."})
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    ConsortiumCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "Directory written by 'backup'")
    Path dir;

    @Option(names = "--data", description = "Directory of the embedded database (default: ./data)")
    String dataDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ConfigurableApplicationContext context = root.database(dataDir, ConsortiumCommand.Use.WRITE)) {
            BackupCommand.print(out, context.getBean(BackupService.class).restore(dir), "Restored", "from " + dir);
            return 0;
        } catch (BackupInvalid e) {
            err.printf("Rejected %s: %d problem(s); the database was not changed.%n", dir, e.problems().size());
            e.problems().forEach(problem -> err.println(problem));
            return ConsortiumCommand.BAD_INPUT;
        }
    }
}
