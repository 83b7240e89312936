/**
 * Search across the registry: one query finds partners, projects, agreements and claims by name, acronym (id) or
 * country (ISO code or English name). {@link space.consortium.search.SearchService} answers a
 * {@link space.consortium.search.SearchResults}, grouped by kind; it reads the other modules' tables with plain SQL
 * that runs unchanged on H2 and PostgreSQL ({@code SearchRepository}), as {@code projects} and {@code agreements}
 * read {@code partner}. {@code web} holds the results page ({@code /search}) and {@code GET /api/search}.
 */
@NullMarked
@ApplicationModule(displayName = "Search")
package space.consortium.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
