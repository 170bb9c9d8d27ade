package org.caravan.api.problem;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The page each problem {@code type} URI points to, served by every instance, public like the API's documentation. */
@RestController
@Hidden
class ProblemTypePages {

    @GetMapping(path = "/problems", produces = MediaType.TEXT_HTML_VALUE)
    String all() {
        return page("Caravan problem types", Arrays.stream(ProblemType.values()).map(ProblemTypePages::section)
                .collect(Collectors.joining("\n")));
    }

    @GetMapping(path = "/problems/{slug}", produces = MediaType.TEXT_HTML_VALUE)
    String one(@PathVariable String slug) {
        ProblemType type = ProblemType.ofSlug(slug)
                .orElseThrow(() -> new NotFoundException("slug", "No problem type " + slug + "; see /problems."));
        return page(type.title(), section(type) + "<p><a href=\"/problems\">Every problem type</a></p>");
    }

    private static String section(ProblemType type) {
        return "<section id=\"%s\"><h2>%s</h2><p><code>%s</code>, HTTP %d</p><p>%s</p></section>".formatted(type.slug(),
                HtmlUtils.htmlEscape(type.title()), type.uri(), type.status().value(), HtmlUtils.htmlEscape(type.explanation()));
    }

    private static String page(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%s</title></head>
                <body><h1>%s</h1>
                %s
                </body></html>
                """.formatted(HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(title), body);
    }
}
