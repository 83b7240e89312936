/**
 * Agreements between partners and countries (intergovernmental agreements, memoranda of understanding, barter
 * arrangements, accords) and who signed them when. Entry points: {@link space.consortium.agreements.AgreementService},
 * {@link space.consortium.agreements.Agreement} and {@link space.consortium.agreements.AgreementRequest}.
 */
@NullMarked
package space.consortium.agreements;

import org.jspecify.annotations.NullMarked;
