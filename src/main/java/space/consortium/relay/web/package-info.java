/** The relay module's pages and JSON API (plans, what-if, exports); charts are built by {@code RelayCharts}. */
@NullMarked
package space.consortium.relay.web;

import org.jspecify.annotations.NullMarked;
