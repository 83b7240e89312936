package space.consortium.discussion.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import space.consortium.discussion.Comment;
import space.consortium.discussion.DiscussionService;
import space.consortium.projects.ProjectService;
import space.consortium.shared.InvalidInput;

/** A project's discussion page: read by anyone, written by signed-in users, moderated by coordinators. */
@Controller
@RequestMapping("/projects/{projectId}/discussion")
class DiscussionPageController {

    private final DiscussionService discussion;
    private final ProjectService projects;

    DiscussionPageController(DiscussionService discussion, ProjectService projects) {
        this.discussion = discussion;
        this.projects = projects;
    }

    @GetMapping
    String page(@PathVariable String projectId, Model model) {
        model.addAttribute("project", projects.get(projectId));
        model.addAttribute("comments", discussion.thread(projectId));
        model.addAttribute("moderator", discussion.canModerate(projectId));
        model.addAttribute("maxLength", DiscussionService.MAX_LENGTH);
        return "discussion/project";
    }

    @PostMapping
    String post(@PathVariable String projectId, @RequestParam(defaultValue = "") String body,
                @RequestParam(required = false) @Nullable Long parentId, RedirectAttributes redirect) {
        try {
            Comment comment = discussion.post(projectId, parentId, body);
            redirect.addFlashAttribute("flash", parentId == null ? "Comment posted." : "Reply posted.");
            return "redirect:/projects/" + projectId + "/discussion#comment-" + comment.id();
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("commentError", e.getMessage());
            redirect.addFlashAttribute("draft", body);
            return "redirect:/projects/" + projectId + "/discussion#new-comment";
        }
    }

    @PostMapping("/{commentId}/edit")
    String edit(@PathVariable String projectId, @PathVariable long commentId, @RequestParam long version,
                @RequestParam(defaultValue = "") String body, RedirectAttributes redirect) {
        try {
            discussion.edit(commentId, version, body);
            redirect.addFlashAttribute("flash", "Comment changed.");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("commentError", e.getMessage());
        }
        return "redirect:/projects/" + projectId + "/discussion#comment-" + commentId;
    }

    @PostMapping("/{commentId}/remove")
    String remove(@PathVariable String projectId, @PathVariable long commentId, RedirectAttributes redirect) {
        discussion.remove(commentId);
        redirect.addFlashAttribute("flash", "Comment removed.");
        return "redirect:/projects/" + projectId + "/discussion";
    }
}
