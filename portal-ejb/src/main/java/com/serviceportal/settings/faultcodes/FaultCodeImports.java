package com.serviceportal.settings.faultcodes;

import com.serviceportal.jobs.faultcodes.FaultCodeFile;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import com.serviceportal.security.Caller;
import com.serviceportal.security.UserAccount;
import com.serviceportal.settings.FaultCode;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Properties;

/**
 * The administrator's fault-code import: the example files, "Check file" (every problem of the file,
 * nothing written) and the import itself, a Jakarta Batch job ({@code fault-code-import}) started only
 * for a clean file.
 */
@Stateless
@Allowed(Audience.ADMINISTRATORS)
public class FaultCodeImports {

    static final String JOB = "fault-code-import";

    /** A file larger than this is refused before it is read: fault-code lists are small. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private FaultCodeUploads uploads;

    public List<FaultCodeEntry> faultCodes() {
        return em.createQuery("SELECT f FROM FaultCode f ORDER BY f.stockCode", FaultCode.class)
                .getResultStream()
                .map(f -> new FaultCodeEntry(f.getStockCode(), f.getFriendlyName(), f.getFriendlyNameSv()))
                .toList();
    }

    /** The example file with the compulsory columns only. */
    public byte[] columnsWorkbook() {
        return ExampleWorkbooks.columns();
    }

    /** The example file with example rows. */
    public byte[] examplesWorkbook() {
        return ExampleWorkbooks.examples();
    }

    public FaultCodeCheck check(@NotNull byte[] content) {
        FaultCodeFile file = read(content);
        return new FaultCodeCheck(file.problems(), file.rows().size());
    }

    /** Checks the file again and, when it is clean, starts the import job; answers the import's id. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long startImport(@NotNull String fileName, @NotNull byte[] content) {
        if (!read(content).isClean()) {
            throw new BusinessException("faultCodes.error.notClean");
        }
        UserAccount admin = em.find(UserAccount.class, caller.scope().accountId());
        long importId = uploads.store(fileName, content, admin.getDisplayName());
        Properties parameters = new Properties();
        parameters.setProperty("importId", Long.toString(importId));
        long executionId = BatchRuntime.getJobOperator().start(JOB, parameters);
        uploads.started(importId, executionId);
        return importId;
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportProgress progress(long importId) {
        FaultCodeImport upload = uploads.find(importId).orElseThrow(NotFoundException::new);
        BatchStatus status = BatchStatus.STARTING;
        if (upload.getExecutionId() != null) {
            JobOperator operator = BatchRuntime.getJobOperator();
            try {
                status = operator.getJobExecution(upload.getExecutionId()).getBatchStatus();
            } catch (NoSuchJobExecutionException e) {
                status = BatchStatus.FAILED;
            }
        }
        boolean finished = status == BatchStatus.COMPLETED
                || status == BatchStatus.FAILED
                || status == BatchStatus.STOPPED
                || status == BatchStatus.ABANDONED;
        // Counts read before the status may predate a job that finished meanwhile: a finished import's
        // counts are read again, after its status.
        FaultCodeImport counted = finished ? uploads.find(importId).orElseThrow(NotFoundException::new) : upload;
        return new ImportProgress(
                importId,
                finished,
                finished && status != BatchStatus.COMPLETED,
                counted.getInserted(),
                counted.getUpdated());
    }

    private static FaultCodeFile read(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new BusinessException("faultCodes.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        return FaultCodeFile.read(content);
    }
}
