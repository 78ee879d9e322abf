package com.serviceportal.web.desk.statistics;

import com.serviceportal.platform.Choice;
import com.serviceportal.web.portal.statistics.StatisticsFiguresView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The desk's statistics ({@code /desk/statistics/index.xhtml}): one customer's figures, as its
 * contacts see them, or the overview across all customers when none is chosen.
 */
@Named
@ViewScoped
public class DeskStatisticsView extends StatisticsFiguresView {

    private static final long serialVersionUID = 1L;

    private Long customerId;
    private List<Choice> companies = List.of();

    @Override
    public void load() {
        companies = statisticsService.companyChoices();
        super.load();
    }

    @Override
    protected Long customer() {
        return customerId;
    }

    /** Another customer: its sites replace the former one's, so the site choice starts over. */
    public void customerChanged() {
        setSite(null);
        show();
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public List<Choice> getCompanies() {
        return companies;
    }
}
