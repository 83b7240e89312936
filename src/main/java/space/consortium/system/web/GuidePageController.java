package space.consortium.system.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import space.consortium.discussion.MarkdownRenderer;
import space.consortium.shared.NotFound;

/**
 * The user guides of {@code docs/} as pages ({@code /docs/risk-jcl}), so that a page can link to the guide it
 * follows instead of citing a file name. The build copies the guides to the class path.
 */
@Controller
class GuidePageController {

    /** The guides shown, by name, with their titles: written for users of the pages, with no tables. */
    static final Map<String, String> GUIDES = Map.of(
            "user-guide", "User guide",
            "risk-jcl", "Risk: schedule and joint cost/schedule confidence (JCL)",
            "relay", "Mars relay planning");

    @GetMapping("/docs/{name}")
    String guide(@PathVariable String name, Model model) throws IOException {
        String title = GUIDES.get(name);
        if (title == null) {
            throw new NotFound("guide", name);
        }
        try (InputStream in = GuidePageController.class.getResourceAsStream("/docs/" + name + ".md")) {
            if (in == null) {
                throw new NotFound("guide", name);
            }
            model.addAttribute("title", title);
            model.addAttribute("html", MarkdownRenderer.renderDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
        return "guide";
    }
}
