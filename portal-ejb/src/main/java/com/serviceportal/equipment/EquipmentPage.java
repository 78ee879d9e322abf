package com.serviceportal.equipment;

import java.io.Serializable;
import java.util.List;

/** One page of an equipment list and how many items match in all. */
public final class EquipmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<EquipmentRow> rows;
    private final long total;

    public EquipmentPage(List<EquipmentRow> rows, long total) {
        this.rows = rows;
        this.total = total;
    }

    public List<EquipmentRow> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
    }
}
