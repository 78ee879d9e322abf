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
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a page shows exists in English and in Swedish, also the texts of the Bean Validation
 * constraints the code uses.
 */
class TranslationTest {

    private static final Pattern DATE_PICKER = Pattern.compile("<p:datePicker\\s[^>]*?id=\"([^\"]+)\"[^>]*>");

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
        views().forEach((view, text) -> KEY_IN_VIEW
                .matcher(text)
                .results()
                .map(m -> m.group(1))
                .filter(key -> !key.endsWith("."))
                .filter(key -> !english.contains(key))
                .forEach(key -> missing.add(key + " (" + view + ")")));
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

    /**
     * The texts Faces and PrimeFaces give when typed text cannot be read or a choice is no longer
     * offered, for each kind of field the views use: their own are English only, so a Swedish reader
     * would read "Validation Error: Value is not valid".
     */
    @Test
    void everyMessageAFieldOfTheViewsCanGiveIsThePortalsOwnInEnglishAndSwedish() throws IOException {
        Map<String, List<String>> messagesOfField = Map.of(
                "p:datePicker",
                List.of(
                        "jakarta.faces.converter.DateTimeConverter.DATE",
                        "jakarta.faces.converter.DateTimeConverter.DATETIME",
                        "jakarta.faces.converter.DateTimeConverter.TIME"),
                "p:selectOneMenu",
                List.of("jakarta.faces.component.UISelectOne.INVALID"),
                "p:selectOneRadio",
                List.of("jakarta.faces.component.UISelectOne.INVALID"),
                "h:selectOneMenu",
                List.of("jakarta.faces.component.UISelectOne.INVALID"),
                "p:selectCheckboxMenu",
                List.of("jakarta.faces.component.UISelectMany.INVALID"),
                "p:selectManyCheckbox",
                List.of("jakarta.faces.component.UISelectMany.INVALID"),
                "f:validateLength",
                List.of(
                        "jakarta.faces.validator.LengthValidator.MAXIMUM",
                        "jakarta.faces.validator.LengthValidator.MINIMUM"),
                "required=\"true\"",
                List.of("jakarta.faces.component.UIInput.REQUIRED"));
        Set<String> english = bundle("validation.properties").stringPropertyNames();
        assertEquals(english, bundle("validation_sv.properties").stringPropertyNames(), "both languages");
        Set<String> missing = new TreeSet<>();
        for (String text : views().values()) {
            messagesOfField.forEach((field, keys) -> {
                if (text.contains("<" + field) || text.contains(" " + field)) {
                    keys.stream().filter(key -> !english.contains(key)).forEach(missing::add);
                }
            });
        }
        assertEquals(Set.of(), missing, "Faces' own English texts shown for these");
        assertTrue(english.contains("jakarta.faces.component.UIInput.CONVERSION"), "any other unreadable text");
    }

    /** A date picker left to itself empties a field whose text is no date, so its message would point at nothing. */
    @Test
    void everyDateFieldKeepsTextThatIsNoDateBesideItsMessage() throws IOException {
        Set<String> clearing = new TreeSet<>();
        views().forEach((view, text) -> DATE_PICKER
                .matcher(text)
                .results()
                .filter(tag -> !tag.group().contains("keepInvalid=\"true\""))
                .forEach(tag -> clearing.add(view + ": " + tag.group(1))));
        assertEquals(Set.of(), clearing, "date pickers without keepInvalid=\"true\"");
    }

    /** Every view's text by its path under the web root. */
    private static Map<String, String> views() throws IOException {
        Path root = Path.of("src/main/webapp");
        Map<String, String> views = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path view : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                views.put(root.relativize(view).toString(), Files.readString(view));
            }
        }
        return views;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationTest.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
