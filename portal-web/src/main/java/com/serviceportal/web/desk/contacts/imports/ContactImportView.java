package com.serviceportal.web.desk.contacts.imports;

import com.serviceportal.customers.imports.ContactImportService;
import com.serviceportal.customers.imports.ImportPreview;
import com.serviceportal.customers.imports.ImportProgress;
import com.serviceportal.customers.imports.ImportUpload;
import com.serviceportal.customers.imports.RejectedRow;
import com.serviceportal.jobs.contacts.ContactField;
import com.serviceportal.jobs.contacts.Problem;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.web.Feedback;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The contact import wizard ({@code /desk/contacts/import.xhtml}): template, upload, the mapping of
 * each column, the preview of every rejected row, the run with its progress, and the summary with
 * the report of rejected rows.
 */
@Named
@ViewScoped
public class ContactImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContactImportService imports;

    @Inject
    private Feedback feedback;

    private ImportUpload upload;
    /** The import shown: the one uploaded here, or an unfinished one found when the page opened. */
    private Long importId;

    private List<ColumnChoice> columns = List.of();
    private List<SelectItem> fieldChoices = List.of();
    private boolean ignoreFirstLine = true;
    private boolean webAccess;
    private ImportPreview preview;
    private List<RejectedLine> previewRejected = List.of();
    private String newCompanies;
    private String newDepartments;
    private ImportProgress progress;
    private List<RejectedLine> report = List.of();

    /** Shows the latest unfinished import, e.g. one a server that stopped left to be continued. */
    public void load() {
        imports.unfinished().ifPresent(id -> {
            importId = id;
            progress = imports.progress(id);
        });
    }

    public StreamedContent getTemplate() {
        byte[] template = imports.template();
        return DefaultStreamedContent.builder()
                .name("contacts-template.csv")
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) template.length)
                .stream(() -> new ByteArrayInputStream(template))
                .build();
    }

    public void upload(FileUploadEvent event) {
        try {
            upload = imports.upload(
                    event.getFile().getFileName(), event.getFile().getContent());
        } catch (BusinessException e) {
            feedback.error(e);
            return;
        }
        columns = new ArrayList<>();
        for (int i = 0; i < upload.firstLine().size(); i++) {
            ContactField field = upload.mapping().get(i);
            columns.add(new ColumnChoice(i + 1, upload.firstLine().get(i), field == null ? "" : field.name()));
        }
        fieldChoices = new ArrayList<>();
        fieldChoices.add(new SelectItem("", feedback.text("contactImport.ignore")));
        for (ContactField field : upload.choices()) {
            fieldChoices.add(new SelectItem(field.name(), label(field)));
        }
        ignoreFirstLine = upload.headerLine();
        importId = upload.importId();
        preview = null;
        progress = null;
        feedback.info("contactImport.uploaded", upload.fileName(), upload.lines());
    }

    public void preview() {
        List<ContactField> mapping = columns.stream()
                .map(column -> ContactField.byName(column.getField()))
                .toList();
        try {
            preview = imports.preview(importId, mapping, ignoreFirstLine, webAccess);
            previewRejected = lines(preview.rejected());
            newCompanies = String.join(", ", preview.newCompanies());
            newDepartments = String.join(", ", preview.newDepartments());
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    public void start() {
        try {
            imports.start(importId);
            progress = imports.progress(importId);
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    public void resume() {
        try {
            imports.resume(importId);
            progress = imports.progress(importId);
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    public void refresh() {
        progress = imports.progress(importId);
        if (progress.finished()) {
            report = lines(imports.rejectedRows(importId));
        }
    }

    public StreamedContent getReport() {
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.EXCEL)) {
            printer.printRecord(
                    feedback.text("contactImport.line"),
                    feedback.text("contactImport.name"),
                    feedback.text("contactImport.reasons"));
            for (RejectedLine line : report) {
                printer.printRecord(line.line(), neutralised(line.name()), neutralised(line.reasons()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] content = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name("rejected-contacts.csv")
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }

    /** A value a spreadsheet would read as a formula is written as text. */
    private static String neutralised(String value) {
        return value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private List<RejectedLine> lines(List<RejectedRow> rows) {
        List<RejectedLine> lines = new ArrayList<>(rows.size());
        for (RejectedRow row : rows) {
            String reasons = row.problems().stream().map(this::text).collect(Collectors.joining(" "));
            lines.add(new RejectedLine(row.line(), row.name(), reasons));
        }
        return lines;
    }

    private String text(Problem problem) {
        String field = problem.field() == null ? "" : label(problem.field());
        return feedback.text("contactImport.problem." + problem.code(), field, problem.detail());
    }

    private String label(ContactField field) {
        Map<ContactField, String> custom = upload == null ? Map.of() : upload.customLabels();
        return custom.containsKey(field)
                ? feedback.text("contactImport.field.custom", field.header(), custom.get(field))
                : feedback.text("contactImport.field." + field.name());
    }

    public int getMaxFileBytes() {
        return ContactImportService.MAX_FILE_BYTES;
    }

    public ImportUpload getUpload() {
        return upload;
    }

    public List<ColumnChoice> getColumns() {
        return columns;
    }

    public List<SelectItem> getFieldChoices() {
        return fieldChoices;
    }

    public boolean isIgnoreFirstLine() {
        return ignoreFirstLine;
    }

    public void setIgnoreFirstLine(boolean ignoreFirstLine) {
        this.ignoreFirstLine = ignoreFirstLine;
    }

    public boolean isWebAccess() {
        return webAccess;
    }

    public void setWebAccess(boolean webAccess) {
        this.webAccess = webAccess;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public List<RejectedLine> getPreviewRejected() {
        return previewRejected;
    }

    public String getNewCompanies() {
        return newCompanies;
    }

    public String getNewDepartments() {
        return newDepartments;
    }

    public ImportProgress getProgress() {
        return progress;
    }

    public List<RejectedLine> getReportLines() {
        return report;
    }
}
