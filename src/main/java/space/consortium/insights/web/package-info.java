/** The insights module's pages and JSON API: claims and their verdicts, benefits, the cooperation network. */
@NullMarked
package space.consortium.insights.web;

import org.jspecify.annotations.NullMarked;
