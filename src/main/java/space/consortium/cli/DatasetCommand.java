package space.consortium.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import space.consortium.cli.ConsortiumCommand.Use;
import space.consortium.accounts.AuditTrail;
import space.consortium.dataset.BackupFailed;
import space.consortium.dataset.DatasetInvalid;
import space.consortium.dataset.DatasetReport;
import space.consortium.dataset.DatasetService;

/** {@code dataset import} and {@code dataset export}: the registry as a directory of CSV files. */
@Command(name = "dataset", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Import or export the registry as CSV files.",
        subcommands = {DatasetCommand.Import.class, DatasetCommand.Export.class})
final class DatasetCommand implements Callable<Integer> {

    @ParentCommand
    ConsortiumCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ConsortiumCommand.BAD_INPUT;
    }

    @Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Validate every row of the CSV files in a directory, then import all or nothing.",
                    "Files: agencies.csv, missions.csv, contributions.csv, share_tables.csv, agreements.csv, "
                            + "agreement_parties.csv, artemis_accords.csv (any subset). Amounts in units of their currency "
                            + "(cost, value, as 'dataset export' writes them) or in millions (cost_usd_millions, "
                            + "value_usd_millions, as the shipped files give them). A row equal to what is stored is "
                            + "not written, so importing unchanged files changes nothing. Exit code 2 on bad input."})
    static final class Import implements Callable<Integer> {

        @ParentCommand
        DatasetCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--dir", required = true, description = "Directory holding the CSV files")
        Path dir;

        @Option(names = "--data", description = "Directory of the embedded database (default: ./data)")
        String dataDir;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (ConfigurableApplicationContext context = parent.root.database(dataDir, Use.WRITE)) {
                DatasetReport report = context.getBean(DatasetService.class).importDirectory(dir);
                report.rowsByFile().forEach((file, rows) -> out.printf("%-24s %5d rows%n", file, rows));
                context.getBean(AuditTrail.class).imported(dir.toString(), report.rowsByFile());
                out.printf("Imported %d rows from %s%n", report.totalRows(), dir);
                return 0;
            } catch (DatasetInvalid e) {
                List<DatasetInvalid.RowError> errors = e.errors();
                err.printf("Rejected %s: %d problem(s); the database was not changed.%n", dir, errors.size());
                errors.forEach(error -> err.println("  " + error));
                return ConsortiumCommand.BAD_INPUT;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Write the registry as CSV files (the import format) into a directory, amounts exact in "
                    + "units of their currency.", "The files are written beside the directory and moved in only when "
                    + "complete. For everything else (risks, users, the audit trail, ...) use 'backup'."})
    static final class Export implements Callable<Integer> {

        @ParentCommand
        DatasetCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--dir", required = true, description = "Directory to write (created if missing)")
        Path dir;

        @Option(names = "--data", description = "Directory of the embedded database (default: ./data)")
        String dataDir;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = parent.root.database(dataDir)) {
                List<Path> files = context.getBean(DatasetService.class).export(dir);
                files.forEach(f -> spec.commandLine().getOut().println("wrote " + f));
                return 0;
            } catch (BackupFailed e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
        }
    }
}
