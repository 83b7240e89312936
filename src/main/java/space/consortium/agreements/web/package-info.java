/**
 * The agreement registry's edges: the JSON API under {@code /api/agreements} ({@code AgreementApiController}, binding
 * {@link space.consortium.agreements.AgreementRequest}, answering {@link space.consortium.agreements.Agreement}) and
 * the agreement pages ({@code AgreementPageController}). Thin: each handler calls
 * {@link space.consortium.agreements.AgreementService}.
 */
@NullMarked
package space.consortium.agreements.web;

import org.jspecify.annotations.NullMarked;
