/**
 * The command line: {@code java -jar consortium.jar <command>}. With no command it serves. Commands call module
 * services only; those that only compute start neither the web server nor the database. Entry point:
 * {@link space.consortium.cli.ConsortiumCommand}.
 */
@NullMarked
package space.consortium.cli;

import org.jspecify.annotations.NullMarked;
