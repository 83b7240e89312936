/**
 * Search across the registry: one query finds partners, projects, agreements and claims by the words of their name,
 * their acronym (id) or their country (ISO code or English name). {@link space.consortium.search.SearchService} answers a
 * {@link space.consortium.search.SearchResults}, grouped by kind, from the search index (V20: {@code search_record},
 * {@code search_term}) that {@code SearchIndex} keeps: it listens to {@link space.consortium.shared.RecordChanged},
 * which the audit trail publishes inside every write's transaction, and {@link space.consortium.shared.RegistryReplaced}
 * (a dataset import), and rebuilds the index on start when it is out of date ({@link space.consortium.shared.ShippedData})
 * or empty (after a restore). {@code SearchRepository} matches words by prefix with B-tree ranges and joins back to the
 * live rows, the same SQL on H2 and PostgreSQL. {@code web} holds the results page ({@code /search}) and
 * {@code GET /api/search}.
 */
@NullMarked
@ApplicationModule(displayName = "Search")
package space.consortium.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
