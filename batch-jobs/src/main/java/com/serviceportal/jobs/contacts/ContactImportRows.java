package com.serviceportal.jobs.contacts;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads the import's rows from the file stored with it, each already checked by the row rules and
 * against the rest of the file (so a restart judges them exactly as the first run and the preview
 * did). The checkpoint is the number of rows handed out; the file rules go to the writer through the
 * step's transient data.
 */
@Named
@Dependent
public class ContactImportRows extends AbstractItemReader {

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @Inject
    private StepContext step;

    private List<ContactRow> rows;
    private int next;

    @Override
    public void open(Serializable checkpoint) throws SQLException {
        long id = Long.parseLong(importId.strip());
        ImportSettings settings;
        byte[] content;
        try (Connection connection = ImportDatabase.connect()) {
            settings = ImportSettings.load(connection, id);
            content = ImportSettings.content(connection, id);
        }
        rows = settings.rows(content);
        step.setTransientUserData(new ChunkContext(settings, new FileRules(rows)));
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return next < rows.size() ? rows.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }

    /** What the writer needs of the whole import. */
    record ChunkContext(ImportSettings settings, FileRules file) {}
}
