package com.serviceportal.web.desk.jobs;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ResourceBundle;

/** Shows how long a run took: seconds with a tenth below a minute, else hours, minutes and seconds. */
@FacesConverter("jobDuration")
public class DurationDisplayConverter implements Converter<Duration> {

    @Override
    public String getAsString(FacesContext context, UIComponent component, Duration value) {
        if (value == null) {
            return "";
        }
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        if (value.toMinutes() < 1) {
            return format(bundle, "jobs.duration.seconds", value.toMillis() / 1000.0);
        }
        if (value.toHours() < 1) {
            return format(bundle, "jobs.duration.minutes", value.toMinutes(), value.toSecondsPart());
        }
        return format(bundle, "jobs.duration.hours", value.toHours(), value.toMinutesPart());
    }

    @Override
    public Duration getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("Durations are shown, not entered");
    }

    private static String format(ResourceBundle bundle, String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }
}
