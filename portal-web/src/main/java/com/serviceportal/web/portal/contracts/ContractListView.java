package com.serviceportal.web.portal.contracts;

import com.serviceportal.contracts.ContractRow;
import com.serviceportal.contracts.ContractService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The customer's contracts ({@code /portal/contracts/list.xhtml}): type, dates, state, service level,
 * and the hours used and left this period.
 */
@Named
@ViewScoped
public class ContractListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractService contracts;

    private List<ContractRow> rows = List.of();

    public void load() {
        rows = contracts.visibleContracts();
    }

    public List<ContractRow> getRows() {
        return rows;
    }
}
