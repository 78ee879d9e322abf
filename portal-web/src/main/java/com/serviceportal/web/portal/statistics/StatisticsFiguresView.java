package com.serviceportal.web.portal.statistics;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.Choice;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.statistics.Statistics;
import com.serviceportal.statistics.StatisticsFile;
import com.serviceportal.statistics.StatisticsRequest;
import com.serviceportal.statistics.StatisticsService;
import com.serviceportal.web.Feedback;
import com.serviceportal.web.FileResponse;
import com.serviceportal.web.NotFoundResponse;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the portal's and the desk's statistics pages share: the period and site pickers, the figures
 * with their charts, and the Excel export. The period defaults to the last twelve months.
 */
public abstract class StatisticsFiguresView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected StatisticsService statisticsService;

    @Inject
    protected Feedback feedback;

    @Inject
    private NotFoundResponse notFound;

    @Inject
    private FileResponse download;

    private String from;
    private String to;
    private Long site;
    private List<Choice> sites = List.of();
    private List<SelectItem> months = List.of();
    private Statistics statistics;
    private StatisticsCharts charts;

    /** The company the figures are narrowed to: the desk's choice; a contact is narrowed by its scope. */
    protected abstract Long customer();

    public void load() {
        YearMonth now = YearMonth.now();
        StatisticsRequest standard = StatisticsRequest.lastTwelveMonths(now);
        if (from == null) {
            from = standard.from().toString();
            to = standard.to().toString();
        }
        Locale reader = reader();
        DateTimeFormatter format = DateTimeFormatter.ofPattern("MMMM yyyy", reader);
        List<SelectItem> choices = new ArrayList<>();
        for (int i = 0; i < StatisticsRequest.MOST_MONTHS; i++) {
            YearMonth month = now.minusMonths(i);
            choices.add(new SelectItem(month.toString(), month.format(format)));
        }
        months = choices;
        try {
            sites = statisticsService.siteChoices(customer());
        } catch (NotFoundException e) {
            // the portal does not offer the tab: the page is as absent as any other unknown one
            notFound.send();
            return;
        }
        count();
    }

    /** Counts the figures of the chosen period and site, the company's sites read again (the desk may have changed it). */
    public void show() {
        try {
            sites = statisticsService.siteChoices(customer());
        } catch (BusinessException e) {
            feedback.error(e);
            return;
        }
        count();
    }

    /** Counts the figures of the chosen period and of the chosen site, if it is still one of the sites read. */
    private void count() {
        try {
            if (site != null && sites.stream().noneMatch(s -> s.getId() == site)) {
                site = null;
            }
            statistics = statisticsService.figures(request());
            charts = StatisticsCharts.of(statistics, feedback::text, reader());
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    /**
     * The figures as an Excel workbook, headed in the reader's language. The service checks the
     * period before anything is sent, so a refused one is said on the page, as "Show" says it.
     */
    public void export() {
        Map<String, String> texts = new LinkedHashMap<>();
        StatisticsService.WORKBOOK_TEXTS.forEach(key -> texts.put(key, feedback.text(key)));
        StatisticsFile file;
        try {
            file = statisticsService.workbook(request(), texts);
        } catch (BusinessException e) {
            feedback.error(e);
            return;
        }
        download.send(file.name(), file.contentType(), file.content());
    }

    private StatisticsRequest request() {
        return new StatisticsRequest(YearMonth.parse(from), YearMonth.parse(to), customer(), site);
    }

    private static Locale reader() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public Long getSite() {
        return site;
    }

    public void setSite(Long site) {
        this.site = site;
    }

    public List<Choice> getSites() {
        return sites;
    }

    public List<SelectItem> getMonths() {
        return months;
    }

    public Statistics getStatistics() {
        return statistics;
    }

    public StatisticsCharts getCharts() {
        return charts;
    }
}
