/** The discussion pages: comments on a record, posted and edited through forms. */
@NullMarked
package space.consortium.discussion.web;

import org.jspecify.annotations.NullMarked;
