package org.caravan.api.problem;

import io.swagger.v3.oas.annotations.Hidden;
import org.caravan.api.config.RequestLanguage;
import org.caravan.data.text.Text;
import org.caravan.data.text.WrittenLanguage;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The page each problem {@code type} URI points to, served by every instance, public like the API's documentation,
 * in the language the browser asks for (English or French).
 */
@RestController
@Hidden
class ProblemTypePages {

    @GetMapping(path = "/problems", produces = MediaType.TEXT_HTML_VALUE)
    String all() {
        WrittenLanguage language = RequestLanguage.current();
        return page(language, Text.of("problem.page.all").in(language), Arrays.stream(ProblemType.values())
                .map(type -> section(type, language)).collect(Collectors.joining("\n")));
    }

    @GetMapping(path = "/problems/{slug}", produces = MediaType.TEXT_HTML_VALUE)
    String one(@PathVariable String slug) {
        ProblemType type = ProblemType.ofSlug(slug)
                .orElseThrow(() -> new NotFoundException("slug", "No problem type " + slug + "; see /problems."));
        WrittenLanguage language = RequestLanguage.current();
        return page(language, type.title(language), section(type, language) + "<p><a href=\"/problems\">%s</a></p>"
                .formatted(escape(Text.of("problem.page.every").in(language))));
    }

    private static String section(ProblemType type, WrittenLanguage language) {
        return "<section id=\"%s\"><h2>%s</h2><p><code>%s</code>, HTTP %d</p><p>%s</p></section>".formatted(type.slug(),
                escape(type.title(language)), type.uri(), type.status().value(),
                escape(type.explanation(language)));
    }

    /** Only the characters HTML needs escaped: the page is UTF-8, and French reads better without entities. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String page(WrittenLanguage language, String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><title>%s</title></head>
                <body><h1>%s</h1>
                %s
                </body></html>
                """.formatted(language.locale().getLanguage(), escape(title), escape(title), body);
    }
}
