/**
 * The teaming module's edges: the JSON API under {@code /api/teaming} (solve, proposals, the capability catalogue
 * and policies: {@code TeamingApiController}) and the teaming and catalogue pages ({@code *PageController}). Thin:
 * each handler calls {@link space.consortium.teaming.TeamingService} or
 * {@link space.consortium.teaming.CatalogueService}.
 */
@NullMarked
package space.consortium.teaming.web;

import org.jspecify.annotations.NullMarked;
