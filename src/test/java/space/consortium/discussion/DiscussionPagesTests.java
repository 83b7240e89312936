package space.consortium.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import space.consortium.accounts.Access;
import space.consortium.accounts.AuditEvent;
import space.consortium.accounts.AuditQuery;
import space.consortium.accounts.AuditTrail;
import space.consortium.support.ApiContract;
import space.consortium.support.Users;

/** Comments on a project: who may post, edit and remove; order; safe rendering; audit. */
class DiscussionPagesTests extends ApiContract {

    private static final RequestPostProcessor ESA = Users.member("esa");
    private static final RequestPostProcessor NASA = Users.member("nasa");

    @Autowired DiscussionService discussion;
    @Autowired AuditTrail audit;

    private MvcTestResult postComment(RequestPostProcessor who, String body, Long parent) {
        var request = mvc.post().uri("/projects/iss/discussion").with(who).param("body", body);
        if (parent != null) {
            request = request.param("parentId", parent.toString());
        }
        return request.exchange();
    }

    @Test
    void signedInUsersCommentAndReplyNewestFirstWithAuthorAndPartner() {
        assertThat(postComment(ESA, "First: the **Columbus** schedule", null)).hasStatus3xxRedirection();
        assertThat(postComment(Users.observer(), "Second, from an observer", null)).hasStatus3xxRedirection();
        long first = discussion.thread("iss").get(1).id();
        assertThat(postComment(NASA, "A reply to the first", first)).hasStatus3xxRedirection();

        List<Comment> thread = discussion.thread("iss");
        assertThat(thread).extracting(Comment::markdown)
                .containsExactly("Second, from an observer", "First: the **Columbus** schedule");
        assertThat(thread.get(1).replies()).extracting(Comment::author).containsExactly("member-of-nasa");
        assertThat(thread.get(1).authorPartner()).isEqualTo("esa");

        MvcTestResult page = mvc.get().uri("/projects/iss/discussion").exchange();
        assertThat(page).hasStatusOk().bodyText().contains("<strong>Columbus</strong>", "member-of-esa",
                "A reply to the first");
    }

    @Test
    void anonymousVisitorsReadButAreSentToSignInToPost() {
        assertThat(mvc.get().uri("/projects/iss/discussion").exchange()).hasStatusOk().bodyText()
                .contains("Sign in</a> to take part");
        MvcTestResult anonymous = postComment(Users.nobody(), "hello", null);
        assertThat(anonymous.getResponse().getRedirectedUrl()).contains("/login");
        assertThat(discussion.thread("iss")).isEmpty();
    }

    @Test
    void aScriptPayloadIsShownAsText() throws Exception {
        postComment(ESA, "<script>alert('xss')</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))", null);
        String html = mvc.get().uri("/projects/iss/discussion").exchange().getResponse().getContentAsString();
        String comments = html.substring(html.indexOf("id=\"comments\""));
        assertThat(comments).contains("&lt;script&gt;alert(").doesNotContain("<script>alert", "<img src=x",
                "href=\"javascript:");
    }

    @Test
    void onlyTheAuthorEditsAndTheAuthorOrACoordinatorRemoves() throws Exception {
        postComment(ESA, "Original text", null);
        Comment c = discussion.thread("iss").get(0);
        String edit = "/projects/iss/discussion/" + c.id() + "/edit";
        assertThat(mvc.post().uri(edit).with(NASA).param("version", "0").param("body", "Hijacked").exchange())
                .hasStatus(403);
        assertThat(mvc.post().uri(edit).with(ESA).param("version", "0").param("body", "Edited text").exchange())
                .hasStatus3xxRedirection();
        assertThat(discussion.get(c.id()).markdown()).isEqualTo("Edited text");

        String remove = "/projects/iss/discussion/" + c.id() + "/remove";
        assertThat(mvc.post().uri(remove).with(NASA).exchange()).hasStatus(403);
        assertThat(mvc.post().uri(remove).with(Users.coordinator("iss")).exchange()).hasStatus3xxRedirection();
        assertThat(discussion.get(c.id()).removed()).isTrue();
        assertThat(mvc.get().uri("/projects/iss/discussion").exchange()).bodyText()
                .contains("Removed by a moderator").doesNotContain("Edited text");

        List<AuditEvent> events = audit.all(new AuditQuery("iss", null, "comment", null));
        assertThat(events).extracting(AuditEvent::action).containsExactly("delete", "update", "create");
        assertThat(events.get(1).before()).contains("Original text");
    }

    @Test
    void anEmptyCommentIsRefusedWithAMessage() {
        MvcTestResult result = postComment(ESA, "   ", null);
        assertThat(result).hasStatus3xxRedirection();
        assertThat(result.getMvcResult().getFlashMap().get("commentError").toString()).contains("write something");
        assertThat(discussion.thread("iss")).isEmpty();
        assertThat(Access.ADMIN).isNotBlank();
    }
}
