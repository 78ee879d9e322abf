package com.serviceportal.web.cases;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Shows a number of bytes as people read it: "840 bytes", "12.5 KB", "3.2 MB". */
@FacesConverter("portal.fileSize")
public class FileSizeConverter implements Converter<Long> {

    private static final double KB = 1024;
    private static final double MB = 1024 * 1024;

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
            return text(context, "caseFiles.size.bytes", bytes);
        }
        if (bytes < MB) {
            return text(context, "caseFiles.size.kb", bytes / KB);
        }
        return text(context, "caseFiles.size.mb", bytes / MB);
    }

    private static String text(FacesContext context, String key, Number size) {
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(new Object[] {size});
    }
}
