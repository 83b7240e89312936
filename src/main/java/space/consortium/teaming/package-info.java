/**
 * Pooling expertise: the capability catalogue (capabilities, what each partner can provide and how mature it is,
 * with evidence and source) and the coalition builder that picks the partners who together cover a mission's needs.
 * Entry points: {@link space.consortium.teaming.TeamingService} (solve a mission),
 * {@link space.consortium.teaming.MissionSolver} (the same without a database, for mission files that list their
 * partners) and {@link space.consortium.teaming.CatalogueService} (the catalogue and the policy constraints); the
 * computation is in {@code engine}.
 */
@NullMarked
package space.consortium.teaming;

import org.jspecify.annotations.NullMarked;
