/**
 * The partner registry: space agencies, intergovernmental bodies, companies and academia, each with its sourced facts.
 * Entry points: {@link space.consortium.partners.PartnerService} and the records
 * {@link space.consortium.partners.Partner} and {@link space.consortium.partners.PartnerRequest}.
 */
@NullMarked
package space.consortium.partners;

import org.jspecify.annotations.NullMarked;
