package com.serviceportal.settings.faultcodes;

import com.serviceportal.jobs.faultcodes.FaultCodeProblem;
import java.io.Serializable;
import java.util.List;

/** What "Check file" found: every problem with its line, and how many rows would be imported. */
public final class FaultCodeCheck implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<FaultCodeProblem> problems;
    private final int rows;

    public FaultCodeCheck(List<FaultCodeProblem> problems, int rows) {
        this.problems = problems;
        this.rows = rows;
    }

    public List<FaultCodeProblem> getProblems() {
        return problems;
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    public int getRows() {
        return rows;
    }
}
