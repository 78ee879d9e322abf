package com.serviceportal.web.desk.settings;

import com.serviceportal.jobs.faultcodes.FaultCodeProblem;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.settings.faultcodes.FaultCodeCheck;
import com.serviceportal.settings.faultcodes.FaultCodeEntry;
import com.serviceportal.settings.faultcodes.FaultCodeImports;
import com.serviceportal.settings.faultcodes.ImportProgress;
import com.serviceportal.web.Feedback;
import com.serviceportal.web.FileResponse;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/**
 * The fault codes and their import ({@code /desk/settings/fault-codes.xhtml}): example files, upload,
 * "Check file" with every problem, and "Import" (a batch job) once the check is clean.
 */
@Named
@ViewScoped
public class FaultCodeSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The service's refusals of the chosen file, said beside the upload field. */
    private static final Map<String, String> FILE_PROBLEMS =
            Map.of("faultCodes.error.tooLarge", "file", "faultCodes.error.notClean", "file");

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private FaultCodeImports imports;

    @Inject
    private Feedback feedback;

    @Inject
    private FileResponse download;

    private List<FaultCodeEntry> faultCodes = List.of();
    private String fileName;
    private byte[] content;
    private FaultCodeCheck check;
    private List<String> problems = List.of();
    private ImportProgress progress;

    public void load() {
        faultCodes = imports.faultCodes();
    }

    /** Checked as the file is chosen: sent, a file past the server's request limit would fail the page. */
    public long getMaxFileBytes() {
        return FaultCodeImports.MAX_BYTES;
    }

    public void upload(FileUploadEvent event) {
        fileName = event.getFile().getFileName();
        content = event.getFile().getContent();
        check = null;
        problems = List.of();
        progress = null;
    }

    public void checkFile() {
        if (content == null) {
            feedback.errorBeside("file", "faultCodes.chooseFirst");
            return;
        }
        try {
            check = imports.check(content);
            problems = check.getProblems().stream().map(this::describe).toList();
        } catch (BusinessException e) {
            feedback.error(e, FILE_PROBLEMS);
        }
    }

    public void importFile() {
        try {
            progress = imports.progress(imports.startImport(fileName, content));
            showWhenFinished();
        } catch (BusinessException e) {
            feedback.error(e, FILE_PROBLEMS);
        }
    }

    /** Asked by the page's poll while the job runs. */
    public void refresh() {
        progress = imports.progress(progress.getImportId());
        showWhenFinished();
    }

    /** A finished job (a short file may finish before the page first asks) shows its codes in the list. */
    private void showWhenFinished() {
        if (progress.isFinished()) {
            faultCodes = imports.faultCodes();
            check = null;
            content = null;
            fileName = null;
        }
    }

    public void downloadColumns() {
        download.send("fault-codes-columns.xlsx", XLSX, imports.columnsWorkbook());
    }

    public void downloadExamples() {
        download.send("fault-codes-examples.xlsx", XLSX, imports.examplesWorkbook());
    }

    private String describe(FaultCodeProblem problem) {
        return feedback.text("faultCodes.line", problem.getLine())
                + " "
                + feedback.text(problem.getMessageKey(), problem.getArguments());
    }

    public List<FaultCodeEntry> getFaultCodes() {
        return faultCodes;
    }

    public String getFileName() {
        return fileName;
    }

    public FaultCodeCheck getCheck() {
        return check;
    }

    public List<String> getProblems() {
        return problems;
    }

    public ImportProgress getProgress() {
        return progress;
    }
}
