/**
 * The risk register's computation, plain Java without Spring or I/O: the project risk matrix ({@link
 * space.consortium.risk.engine.RiskMatrix}: scales and zoning as data).
 */
@NullMarked
package space.consortium.risk.engine;

import org.jspecify.annotations.NullMarked;
