/**
 * Consortium's application class and command-line entry point; each feature is a module in a sub-package (see
 * docs/architecture.md for the module map).
 */
@NullMarked
package space.consortium;

import org.jspecify.annotations.NullMarked;
