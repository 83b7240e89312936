/**
 * Discussion: threaded comments on projects, written in a Markdown subset and rendered through a sanitiser so that
 * no script, event handler or {@code javascript:} link survives. Entry point:
 * {@link space.consortium.discussion.DiscussionService}; the pages are in {@code web}.
 */
@NullMarked
package space.consortium.discussion;

import org.jspecify.annotations.NullMarked;
