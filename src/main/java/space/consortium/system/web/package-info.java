/** Cross-cutting web set-up: home and guide pages, error pages and problem details, request log, sessions, OpenAPI, static resources, readiness. */
@NullMarked
package space.consortium.system.web;

import org.jspecify.annotations.NullMarked;
