package space.consortium.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import space.consortium.dataset.BackupFailed;
import space.consortium.dataset.BackupInvalid;
import space.consortium.dataset.BackupReport;
import space.consortium.dataset.BackupService;

/** {@code backup}: every table a user can change, as one JSON Lines file per table and a manifest. */
@Command(name = "backup", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write every table a user can change (registry, risks and their history, schedules and JCL "
                + "runs, claims, capabilities and policies, relay assets, teaming proposals, ledger credits, "
                + "discussion, the audit trail, users and token hashes, exchange rates and price indices) into a new "
                + "or empty directory: one <table>.jsonl file per table and manifest.json.",
                "Amounts are exact, in units of their currency. The files appear only when complete. "
                        + "Restore them with 'restore --from DIR'. Exit code 2 when the target is not empty."})
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    ConsortiumCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "New or empty directory to write")
    Path dir;

    @Option(names = "--data", description = "Directory of the embedded database (default: ./data)")
    String dataDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ConfigurableApplicationContext context = root.database(dataDir)) {
            print(out, context.getBean(BackupService.class).backup(dir), "Backed up", "to " + dir);
            return 0;
        } catch (BackupInvalid e) {
            e.problems().forEach(problem -> err.println(problem));
            return ConsortiumCommand.BAD_INPUT;
        } catch (BackupFailed e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /** The rows per table, then one line: what was done, how much, and where. Shared with {@code restore}. */
    static void print(PrintWriter out, BackupReport report, String done, String where) {
        report.rowsByTable().forEach((table, rows) -> out.printf("%-28s %7d rows%n", table, rows));
        out.printf("%s %d rows of %d tables (schema version %s) %s%n", done, report.totalRows(),
                report.rowsByTable().size(), report.schemaVersion(), where);
    }
}
