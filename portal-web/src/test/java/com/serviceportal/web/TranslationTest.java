package com.serviceportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a page shows exists in English and in Swedish, also the texts of the Bean Validation
 * constraints the code uses.
 */
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

    @Test
    void everyConstraintTheCodeUsesHasItsTextInEnglishAndSwedish() throws IOException {
        Set<String> english = bundle("/ValidationMessages.properties").stringPropertyNames();
        Set<String> swedish = bundle("/ValidationMessages_sv.properties").stringPropertyNames();
        assertEquals(english, swedish, "the same texts in both languages");

        // English overrides Bean Validation's own texts, so a Swedish view would fall back to English
        // (not to the validator's texts) for any constraint missing here
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.serviceportal");
        Set<String> missing = new TreeSet<>();
        for (JavaClass type : classes) {
            List<HasAnnotations<?>> annotated = new ArrayList<>();
            annotated.add(type);
            annotated.addAll(type.getFields());
            for (JavaCodeUnit unit : type.getCodeUnits()) {
                annotated.add(unit);
                annotated.addAll(unit.getParameters());
            }
            for (HasAnnotations<?> element : annotated) {
                for (JavaAnnotation<?> annotation : element.getAnnotations()) {
                    String constraint = annotation.getRawType().getName();
                    if (!constraint.startsWith("jakarta.validation.constraints.")) {
                        continue;
                    }
                    String message =
                            annotation.get("message").map(String::valueOf).orElse("{" + constraint + ".message}");
                    String key = message.matches("\\{[^{}]+}") ? message.substring(1, message.length() - 1) : message;
                    if (!english.contains(key)) {
                        missing.add(key + " (" + type.getSimpleName() + ")");
                    }
                }
            }
        }
        assertEquals(Set.of(), missing, "constraints without a text in ValidationMessages");
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationTest.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
