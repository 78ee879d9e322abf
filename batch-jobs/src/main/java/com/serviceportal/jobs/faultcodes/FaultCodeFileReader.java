package com.serviceportal.jobs.faultcodes;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Reads the rows of an uploaded fault-code file (the row of {@code fault_code_import} named by the
 * job parameter {@code importId}). The file was checked before the job started; it is read with the
 * same rules, and a file that is no longer clean fails the job before anything is written. The
 * checkpoint is the number of rows handed out, so a restart goes on after the last committed chunk.
 */
@Named
@Dependent
public class FaultCodeFileReader extends AbstractItemReader {

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    private List<FaultCodeRow> rows;
    private int next;

    @Override
    public void open(Serializable checkpoint) throws SQLException {
        FaultCodeFile file = FaultCodeFile.read(content(Long.parseLong(importId.strip())));
        if (!file.isClean()) {
            throw new IllegalStateException("The fault-code file has problems: " + file.problems());
        }
        rows = file.rows();
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

    private static byte[] content(long id) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement query =
                        connection.prepareStatement("SELECT content FROM fault_code_import WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet result = query.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalStateException("No fault-code file " + id);
                }
                return result.getBytes(1);
            }
        }
    }

    static Connection connect() throws SQLException {
        try {
            DataSource database = InitialContext.doLookup("jdbc/portal");
            return database.getConnection();
        } catch (NamingException e) {
            throw new SQLException("No data source jdbc/portal", e);
        }
    }
}
