package com.serviceportal.knowledge;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.PolicyFactory;

/**
 * The rich text of an article's problem and solution, as the desk's editor writes it: sanitized by
 * the OWASP Java HTML Sanitizer when it is saved and again when it is shown, so that an article
 * saved before a rule was tightened, or written into the database by other means, is shown safely
 * too. Only formatting, lists, headings, quotes, code, web or mail links and the article's own images
 * survive; scripts, event handlers, styles, {@code javascript:} URLs, iframes and every other element
 * are dropped. An image survives only with its alt text and a source that is the application's image
 * address ({@link ArticleImage#PATH}): never another site's, never a {@code data:} URL, never without a
 * source.
 */
final class ArticleHtml {

    private static final Pattern EDITOR_CLASS = Pattern.compile("ql-(align-(center|right|justify)|indent-[1-8])");

    /** The application's own image address and nothing else: no scheme, no host, no other path. */
    private static final Pattern IMAGE_SOURCE = Pattern.compile(Pattern.quote(ArticleImage.PATH) + "[0-9]{1,18}");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "b",
                    "strong",
                    "i",
                    "em",
                    "u",
                    "s",
                    "sub",
                    "sup",
                    "ul",
                    "ol",
                    "li",
                    "h1",
                    "h2",
                    "h3",
                    "blockquote",
                    "pre",
                    "code",
                    "span",
                    "a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href")
            .onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .allowAttributes("class")
            .matching(EDITOR_CLASS)
            .onElements("p", "li", "h1", "h2", "h3")
            .allowAttributes("src")
            .matching(IMAGE_SOURCE)
            .onElements("img")
            .allowAttributes("alt")
            .onElements("img")
            // an image whose source was refused is dropped whole (attributes are checked first)
            .allowElements((name, attributes) -> attributes.contains("src") ? name : null, "img")
            .toFactory();

    private static final Set<String> BLOCKS =
            Set.of("p", "br", "li", "h1", "h2", "h3", "blockquote", "pre", "div", "tr", "td", "th");

    private ArticleHtml() {}

    /** The HTML with everything unsafe removed; empty for none. */
    static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return POLICY.sanitize(html);
    }

    /** The ids of the images the sanitized HTML shows, read from their sources as a browser reads them. */
    static Set<Long> imageIds(String html) {
        Set<Long> ids = new HashSet<>();
        HtmlSanitizer.sanitize(sanitize(html), new Reading() {
            @Override
            public void openTag(String elementName, List<String> attrs) {
                for (int i = 0; "img".equals(elementName) && i + 1 < attrs.size(); i += 2) {
                    if ("src".equals(attrs.get(i))
                            && IMAGE_SOURCE.matcher(attrs.get(i + 1)).matches()) {
                        ids.add(Long.valueOf(attrs.get(i + 1).substring(ArticleImage.PATH.length())));
                    }
                }
            }
        });
        return ids;
    }

    /** The words a reader sees, for the index and the snippets: the text of the sanitized HTML. */
    static String text(String html) {
        StringBuilder text = new StringBuilder();
        HtmlSanitizer.sanitize(sanitize(html), new Reading() {
            @Override
            public void openTag(String elementName, List<String> attrs) {
                if (BLOCKS.contains(elementName)) {
                    text.append(' ');
                }
            }

            @Override
            public void closeTag(String elementName) {
                if (BLOCKS.contains(elementName)) {
                    text.append(' ');
                }
            }

            @Override
            public void text(String textChunk) {
                text.append(textChunk);
            }
        });
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    /** Reads sanitized HTML, doing nothing where a reader does not say otherwise. */
    private abstract static class Reading implements HtmlSanitizer.Policy {
        @Override
        public void openDocument() {}

        @Override
        public void closeDocument() {}

        @Override
        public void openTag(String elementName, List<String> attrs) {}

        @Override
        public void closeTag(String elementName) {}

        @Override
        public void text(String textChunk) {}
    }
}
