package com.serviceportal.web.equipment;

import com.serviceportal.equipment.EquipmentFilter;
import com.serviceportal.equipment.EquipmentPage;
import com.serviceportal.equipment.EquipmentRow;
import com.serviceportal.equipment.EquipmentService;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A lazy table of equipment that reads one page at a time from the service. */
public class EquipmentRows extends LazyDataModel<EquipmentRow> {

    private static final long serialVersionUID = 1L;

    private final EquipmentService service;
    private final EquipmentFilter filter;

    public EquipmentRows(EquipmentService service, EquipmentFilter filter) {
        this.service = service;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, service.search(filter, 0, 1).getTotal());
    }

    @Override
    public List<EquipmentRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        EquipmentPage page = service.search(filter, first, pageSize);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.getTotal()));
        return page.getRows();
    }

    @Override
    public String getRowKey(EquipmentRow row) {
        return Long.toString(row.getId());
    }
}
