package com.serviceportal.calendar;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The entries' titles in one language (calendar.properties beside this class). */
public final class CalendarTexts {

    private final Locale language;
    private final ResourceBundle texts;

    public CalendarTexts(Locale language) {
        this.language = language;
        this.texts = ResourceBundle.getBundle(
                "com.serviceportal.calendar.calendar",
                language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String text(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), language).format(arguments);
    }
}
