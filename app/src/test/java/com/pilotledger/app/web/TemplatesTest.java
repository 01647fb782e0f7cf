package com.pilotledger.app.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages' Content-Security-Policy allows no inline script or style; this keeps the templates within it. */
class TemplatesTest {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_STYLE = Pattern.compile("<style\\b|\\sstyle=|th:style=", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HANDLER = Pattern.compile("\\s(th:)?on[a-z]+=|hx-on|javascript:", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHasInlineScriptStyleOrEventHandlers() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates"))) {
            templates = files.filter(file -> file.toString().endsWith(".html")).toList();
        }
        assertThat(templates).isNotEmpty();
        for (Path template : templates) {
            String html = Files.readString(template);
            assertThat(INLINE_SCRIPT.matcher(html).find()).as(template + " has an inline script").isFalse();
            assertThat(INLINE_STYLE.matcher(html).find()).as(template + " has an inline style").isFalse();
            assertThat(EVENT_HANDLER.matcher(html).find()).as(template + " has an inline event handler").isFalse();
        }
    }
}
