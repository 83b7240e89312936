/**
 * The partner registry's edges: the JSON API under {@code /api/partners} ({@code PartnerApiController}, which binds
 * {@link space.consortium.partners.PartnerRequest} and answers {@link space.consortium.partners.Partner}) and the
 * partner pages ({@code PartnerPageController}). Thin: each handler calls {@link space.consortium.partners.PartnerService}.
 */
@NullMarked
package space.consortium.partners.web;

import org.jspecify.annotations.NullMarked;
