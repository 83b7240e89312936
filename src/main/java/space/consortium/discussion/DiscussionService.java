package space.consortium.discussion;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import space.consortium.accounts.Access;
import space.consortium.accounts.AuditTrail;
import space.consortium.projects.ProjectService;
import space.consortium.shared.Forbidden;
import space.consortium.shared.InvalidInput;
import space.consortium.shared.NotFound;
import space.consortium.shared.StaleVersion;

/**
 * The discussion of a project: any signed-in user may comment and reply; authors edit and remove their own comments;
 * the project's coordinators (and admins) moderate by removing any comment. Threads are shown newest first, replies
 * oldest first under their comment. Every change is in the audit trail, including the text before an edit.
 */
@Service
@Transactional(readOnly = true)
public class DiscussionService {

    /** Longest comment accepted, in characters. */
    public static final int MAX_LENGTH = 10_000;

    private final CommentRepository comments;
    private final ProjectService projects;
    private final Access access;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    DiscussionService(CommentRepository comments, ProjectService projects, Access access, AuditTrail audit) {
        this.comments = comments;
        this.projects = projects;
        this.access = access;
        this.audit = audit;
    }

    /** The project's threads: top-level comments newest first, each with its replies (oldest first) nested. */
    public List<Comment> thread(String projectId) {
        projects.get(projectId);
        List<Comment> flat = comments.ofProject(projectId);
        Map<Long, List<Comment>> children = new LinkedHashMap<>();
        for (Comment c : flat) {
            if (c.parentId() != null) {
                children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
        }
        return flat.stream().filter(c -> c.parentId() == null).map(c -> nest(c, children)).toList();
    }

    private static Comment nest(Comment c, Map<Long, List<Comment>> children) {
        List<Comment> replies = children.getOrDefault(c.id(), List.of()).stream()
                .sorted(Comparator.comparing(Comment::createdAt).thenComparing(Comment::id))
                .map(r -> nest(r, children)).toList();
        return c.withReplies(replies);
    }

    public Comment get(long id) {
        return comments.find(id).orElseThrow(() -> new NotFound("comment", id));
    }

    /** Posts a comment, or a reply when {@code parentId} is given, as the signed-in user. */
    @Transactional
    public Comment post(String projectId, @Nullable Long parentId, String markdown) {
        access.checkSignedIn();
        projects.get(projectId);
        String body = validate(markdown);
        if (parentId != null) {
            Comment parent = get(parentId);
            if (!parent.projectId().equals(projectId)) {
                throw new InvalidInput("parentId", "comment " + parentId + " belongs to another project");
            }
        }
        String author = access.current().orElse(access.actor());
        List<String> partners = access.partners();
        long id = comments.insert(projectId, parentId, author, partners.isEmpty() ? null : partners.get(0), body,
                Instant.now(clock));
        Comment created = get(id);
        audit.created("comment", id, projectId, created.authorPartner(), created.markdown());
        return created;
    }

    /** Changes the text of one's own comment. */
    @Transactional
    public Comment edit(long id, long version, String markdown) {
        Comment before = get(id);
        if (!access.current().map(before.author()::equals).orElse(false)) {
            throw new Forbidden("Only the author may edit a comment; coordinators may remove it");
        }
        if (before.removed()) {
            throw new InvalidInput("body", "the comment was removed and can no longer be edited");
        }
        String body = validate(markdown);
        if (comments.updateBody(id, version, body, Instant.now(clock)) == 0) {
            throw new StaleVersion("comment", id, version);
        }
        Comment after = get(id);
        audit.updated("comment", id, before.projectId(), before.authorPartner(), before.markdown(), after.markdown());
        return after;
    }

    /** Removes a comment: its author, a coordinator of the project, or an admin. Replies stay. */
    @Transactional
    public void remove(long id) {
        Comment before = get(id);
        boolean own = access.current().map(before.author()::equals).orElse(false);
        if (!own) {
            access.checkCoordinator(before.projectId());
        }
        comments.remove(id, access.actor());
        audit.deleted("comment", id, before.projectId(), before.authorPartner(), before.markdown());
    }

    /** Whether the signed-in user may moderate the project's discussion. */
    public boolean canModerate(String projectId) {
        return access.coordinates(projectId);
    }

    private static String validate(String markdown) {
        String body = markdown.strip();
        if (body.isEmpty()) {
            throw new InvalidInput("body", "write something first");
        }
        if (body.length() > MAX_LENGTH) {
            throw new InvalidInput("body", "must be at most " + MAX_LENGTH + " characters (it has " + body.length() + ")");
        }
        return body;
    }
}
