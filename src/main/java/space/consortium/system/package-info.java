/**
 * What holds the application together: the page layout and home dashboard, the one mapping of failures to
 * RFC 9457 problem details ({@link space.consortium.system.ApiErrorHandling}) and web configuration.
 */
@NullMarked
package space.consortium.system;

import org.jspecify.annotations.NullMarked;
