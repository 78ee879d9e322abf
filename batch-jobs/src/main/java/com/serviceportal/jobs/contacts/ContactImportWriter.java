package com.serviceportal.jobs.contacts;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Writes a chunk of rows with {@link ChunkImport}, in the chunk's transaction with the checkpoint. */
@Named
@Dependent
public class ContactImportWriter extends AbstractItemWriter {

    @Inject
    private StepContext step;

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        ContactImportRows.ChunkContext context = (ContactImportRows.ChunkContext) step.getTransientUserData();
        List<ContactRow> rows = new ArrayList<>(items.size());
        items.forEach(item -> rows.add((ContactRow) item));
        try (Connection connection = ImportDatabase.connect()) {
            new ChunkImport(connection, context.settings()).write(rows, context.file());
        }
    }
}
