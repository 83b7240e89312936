/**
 * The project registry's edges: the JSON APIs for projects, participations, share tables and contributions
 * ({@code *ApiController}, each binding its module request record and answering its module record) and the project
 * and contribution pages ({@code *PageController}, with {@code ContributionForm} for the form). Thin: each handler
 * calls {@link space.consortium.projects.ProjectService} or {@link space.consortium.projects.ContributionService}.
 */
@NullMarked
package space.consortium.projects.web;

import org.jspecify.annotations.NullMarked;
