/** The risk module's pages and JSON API; they call the module's service and show its report records. */
@NullMarked
package space.consortium.risk.web;

import org.jspecify.annotations.NullMarked;
