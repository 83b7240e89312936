/**
 * The project registry: international space projects, who takes part in them (participations), what each partner
 * contributes (hardware, instruments, launches, services, funding, crew; valued as money where a source says so) and
 * the share tables partners agreed (e.g. ISS utilisation). Entry points: {@link space.consortium.projects.ProjectService}
 * and {@link space.consortium.projects.ContributionService}.
 */
@NullMarked
package space.consortium.projects;

import org.jspecify.annotations.NullMarked;
