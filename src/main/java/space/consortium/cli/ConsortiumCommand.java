package space.consortium.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; {@link #commandLine()} builds it with every subcommand. */
@Command(name = "consortium", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Plan, fund and run international space projects together. With no command: serve.",
        subcommands = {ServeCommand.class, DatasetCommand.class})
public final class ConsortiumCommand implements Callable<Integer> {

    /** Exit code for input that was rejected (bad file, bad row). */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static CommandLine commandLine() {
        return new CommandLine(new ConsortiumCommand())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** True when the arguments start the server, which keeps the JVM running after the command returns. */
    public static boolean serves(String[] args) {
        boolean help = java.util.Arrays.stream(args).anyMatch(a -> a.equals("-h") || a.equals("--help")
                || a.equals("-V") || a.equals("--version"));
        return !help && (args.length == 0 || args[0].equals("serve"));
    }

    @Override
    public Integer call() {
        return new ServeCommand().call();
    }
}
