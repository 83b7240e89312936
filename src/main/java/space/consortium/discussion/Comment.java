package space.consortium.discussion;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A comment with its replies (oldest first). {@code html} is the Markdown rendered and sanitised, safe to insert
 * into a page; a comment removed by its author or a moderator keeps its place in the thread but shows no text.
 *
 * @param removedBy who removed it (the author or a moderator), or null while it is shown
 */
public record Comment(long id, String projectId, @Nullable Long parentId, String author,
                      @Nullable String authorPartner, String markdown, String html, Instant createdAt,
                      @Nullable Instant editedAt, @Nullable String removedBy, long version, List<Comment> replies) {

    public Comment {
        replies = List.copyOf(replies);
    }

    public boolean removed() {
        return removedBy != null;
    }

    Comment withReplies(List<Comment> list) {
        return new Comment(id, projectId, parentId, author, authorPartner, markdown, html, createdAt, editedAt,
                removedBy, version, list);
    }
}
