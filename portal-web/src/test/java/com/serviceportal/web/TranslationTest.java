package com.serviceportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text a page shows exists in English and in Swedish. */
class TranslationTest {

    private static final Pattern KEY_IN_VIEW = Pattern.compile("msg\\['([a-zA-Z.]+)'\\]");

    @Test
    void swedishHasEveryEnglishTextAndNoOthers() throws IOException {
        Properties english = bundle("messages.properties");
        Properties swedish = bundle("messages_sv.properties");

        assertEquals(english.stringPropertyNames(), swedish.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertTrue(!swedish.getProperty(key).isBlank(), key + " is empty in Swedish");
        }
    }

    @Test
    void everyTextAViewAsksForIsInTheBundle() throws IOException {
        Set<String> english = bundle("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> views = Files.walk(Path.of("src/main/webapp"))) {
            for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                KEY_IN_VIEW
                        .matcher(Files.readString(view))
                        .results()
                        .map(m -> m.group(1))
                        .filter(key -> !key.endsWith("."))
                        .filter(key -> !english.contains(key))
                        .forEach(key -> missing.add(key + " (" + view.getFileName() + ")"));
            }
        }
        assertEquals(Set.of(), missing);
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationTest.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
