package com.serviceportal.jobs.faultcodes;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Stores a chunk's friendly names against their stock codes: an existing code gets the new name, a
 * new code is inserted. The counts on the import's row are raised in the chunk's transaction, so they
 * stay right across a restart; running a chunk again changes no name twice.
 */
@Named
@Dependent
public class FaultCodeWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        int inserted = 0;
        int updated = 0;
        try (Connection connection = FaultCodeFileReader.connect();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE fault_code SET friendly_name = ?, version = version + 1 WHERE UPPER(stock_code) = ?");
                PreparedStatement updateBoth = connection.prepareStatement(
                        "UPDATE fault_code SET friendly_name = ?, friendly_name_sv = ?, version = version + 1"
                                + " WHERE UPPER(stock_code) = ?");
                PreparedStatement nextId = connection.prepareStatement("SELECT NEXT VALUE FOR fault_code_seq");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO fault_code (id, stock_code, friendly_name, friendly_name_sv, version)"
                                + " VALUES (?, ?, ?, ?, 0)");
                PreparedStatement counts = connection.prepareStatement(
                        "UPDATE fault_code_import SET inserted = inserted + ?, updated = updated + ?,"
                                + " version = version + 1 WHERE id = ?")) {
            for (Object item : items) {
                FaultCodeRow row = (FaultCodeRow) item;
                String code = row.getStockCode().toUpperCase(java.util.Locale.ROOT);
                String swedish =
                        row.getSwedishName() == null || row.getSwedishName().isEmpty() ? null : row.getSwedishName();
                int changed;
                if (row.getSwedishName() == null) {
                    // a file without the Swedish column leaves the Swedish names as they are
                    update.setString(1, row.getFriendlyName());
                    update.setString(2, code);
                    changed = update.executeUpdate();
                } else {
                    updateBoth.setString(1, row.getFriendlyName());
                    updateBoth.setString(2, swedish);
                    updateBoth.setString(3, code);
                    changed = updateBoth.executeUpdate();
                }
                if (changed > 0) {
                    updated++;
                    continue;
                }
                long id;
                try (ResultSet value = nextId.executeQuery()) {
                    value.next();
                    // the sequence steps by 50 for the entities' blocks; one value of it is free for one row
                    id = value.getLong(1);
                }
                insert.setLong(1, id);
                insert.setString(2, row.getStockCode());
                insert.setString(3, row.getFriendlyName());
                insert.setString(4, swedish);
                insert.executeUpdate();
                inserted++;
            }
            counts.setInt(1, inserted);
            counts.setInt(2, updated);
            counts.setLong(3, Long.parseLong(importId.strip()));
            counts.executeUpdate();
        }
    }
}
