package space.consortium.cli;

import picocli.CommandLine;

/** Reports the version from the jar's manifest ("development" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"Consortium " + (version == null ? "development" : version),
                "Java " + System.getProperty("java.version")};
    }
}
