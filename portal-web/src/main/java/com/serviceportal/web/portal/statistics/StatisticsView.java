package com.serviceportal.web.portal.statistics;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * A contact's statistics ({@code /portal/statistics/index.xhtml}): its own customers' figures, for
 * all its sites or one. A portal without the Statistics tab answers "not found".
 */
@Named
@ViewScoped
public class StatisticsView extends StatisticsFiguresView {

    private static final long serialVersionUID = 1L;

    @Override
    protected Long customer() {
        return null;
    }
}
