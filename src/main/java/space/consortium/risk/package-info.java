/**
 * Risk mitigation, the third benefit of working together: a project's risk register with its full history and a
 * tailorable 5 × 5 matrix ({@link space.consortium.risk.RiskService}). Open risks are exported as
 * {@link space.consortium.risk.RiskEvent}s, the one risk-event type, which JCL plans of the {@code schedule} module
 * use as their {@code risks}. The matrix is in {@code engine} ({@link space.consortium.risk.engine.RiskMatrix}).
 */
@NullMarked
@ApplicationModule(displayName = "Risk register")
package space.consortium.risk;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
