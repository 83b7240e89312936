/** The jobs module's JSON API: start a relay or fleet run as a persisted job and read its progress and answer. */
@NullMarked
package space.consortium.jobs.web;

import org.jspecify.annotations.NullMarked;
