package com.serviceportal.contracts;

import java.io.Serializable;
import java.util.List;

/**
 * One page of the desk's contract list.
 *
 * @param rows the contracts, at most {@link ContractService#LIST_LIMIT}
 * @param truncated whether more contracts match than are shown
 */
public record ContractList(List<ContractRow> rows, boolean truncated) implements Serializable {

    public ContractList {
        rows = List.copyOf(rows);
    }

    public List<ContractRow> getRows() {
        return rows;
    }

    public boolean isTruncated() {
        return truncated;
    }
}
