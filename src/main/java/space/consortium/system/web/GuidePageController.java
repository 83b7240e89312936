package space.consortium.system.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
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

    /** A link from one guide to another ({@code relay.md#section}): to its page, or no link when it has none. */
    private static final Pattern GUIDE_LINK = Pattern.compile("href=\"([a-z-]+)\\.md(#[^\"]*)?\"");

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
            String html = MarkdownRenderer.renderDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            model.addAttribute("html", GUIDE_LINK.matcher(html).replaceAll(link -> java.util.regex.Matcher.quoteReplacement(
                    GUIDES.containsKey(link.group(1)) ? "href=\"/docs/" + link.group(1)
                            + (link.group(2) == null ? "" : link.group(2)) + "\"" : "")));
        }
        return "guide";
    }
}
