/** The fleet module's pages and JSON API; they call the module's service and show its report records. */
@NullMarked
package space.consortium.fleet.web;

import org.jspecify.annotations.NullMarked;
