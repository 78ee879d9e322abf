package com.serviceportal.web.cases;

import com.serviceportal.web.Feedback;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/** Shows a number of bytes as people read it: "840 bytes", "12.5 KB", "3.2 MB". */
@FacesConverter(value = "portal.fileSize", managed = true)
public class FileSizeConverter implements Converter<Long> {

    private static final double KB = 1024;
    private static final double MB = 1024 * 1024;

    @Inject
    private Feedback feedback;

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("File sizes are shown, never entered");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long bytes) {
        if (bytes == null) {
            return "";
        }
        if (bytes < KB) {
            return feedback.text("caseFiles.size.bytes", bytes);
        }
        if (bytes < MB) {
            return feedback.text("caseFiles.size.kb", bytes / KB);
        }
        return feedback.text("caseFiles.size.mb", bytes / MB);
    }
}
