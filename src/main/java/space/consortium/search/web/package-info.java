/** The search results page ({@code /search}) and {@code GET /api/search}; both call {@code SearchService}. */
@NullMarked
package space.consortium.search.web;

import org.jspecify.annotations.NullMarked;
