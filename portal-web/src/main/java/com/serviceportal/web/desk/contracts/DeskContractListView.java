package com.serviceportal.web.desk.contracts;

import com.serviceportal.contracts.ContractChoices;
import com.serviceportal.contracts.ContractFilter;
import com.serviceportal.contracts.ContractList;
import com.serviceportal.contracts.ContractService;
import com.serviceportal.contracts.ContractState;
import com.serviceportal.contracts.ContractType;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The desk's contracts ({@code /desk/contracts/list.xhtml}), filtered by customer, state and type. */
@Named
@ViewScoped
public class DeskContractListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractService contracts;

    private final ContractFilter filter = new ContractFilter();
    private ContractChoices choices;
    private ContractList list;

    public void load() {
        choices = contracts.choices(null);
        filter();
    }

    public void filter() {
        list = contracts.list(filter);
    }

    public ContractFilter getFilter() {
        return filter;
    }

    public ContractChoices getChoices() {
        return choices;
    }

    public ContractList getList() {
        return list;
    }

    public ContractState[] getStates() {
        return ContractState.values();
    }

    public ContractType[] getTypes() {
        return ContractType.values();
    }
}
