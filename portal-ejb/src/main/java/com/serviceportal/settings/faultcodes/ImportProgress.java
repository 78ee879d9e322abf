package com.serviceportal.settings.faultcodes;

import java.io.Serializable;

/** Where an import stands: running or finished (and whether it succeeded), with the codes inserted and updated. */
public final class ImportProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long importId;
    private final boolean finished;
    private final boolean failed;
    private final int inserted;
    private final int updated;

    public ImportProgress(long importId, boolean finished, boolean failed, int inserted, int updated) {
        this.importId = importId;
        this.finished = finished;
        this.failed = failed;
        this.inserted = inserted;
        this.updated = updated;
    }

    public long getImportId() {
        return importId;
    }

    public boolean isFinished() {
        return finished;
    }

    public boolean isFailed() {
        return failed;
    }

    public int getInserted() {
        return inserted;
    }

    public int getUpdated() {
        return updated;
    }
}
