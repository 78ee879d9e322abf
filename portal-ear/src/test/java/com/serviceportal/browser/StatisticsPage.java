package com.serviceportal.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * {@code /portal/statistics/index.xhtml} and {@code /desk/statistics/index.xhtml}: the period and
 * site pickers, each chart with its table, and the Excel export.
 */
public class StatisticsPage extends Page {

    /** The charts of the page, by the id of their component. */
    public static final List<String> CHARTS = List.of(
            "raisedChart", "closedChart", "slaChart", "resolveChart", "ordersChart", "hoursChart", "equipmentChart");

    public StatisticsPage(Browser browser) {
        super(browser);
        find(By.cssSelector(".statistics-filters"));
    }

    public static StatisticsPage openDesk(Browser browser) {
        browser.go("desk/statistics/index.xhtml");
        return new StatisticsPage(browser);
    }

    /** Whether Chart.js has drawn the chart on its canvas. */
    public boolean drawn(String chart) {
        WebElement canvas = find(By.cssSelector("[id='statistics:" + chart + "'] canvas"));
        return Waits.upTo(driver, Duration.ofSeconds(20)).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript(
                        "return !!(window.Chart && Chart.getChart(arguments[0]))"
                                + " && arguments[0].width > 0 && arguments[0].height > 0;",
                        canvas));
    }

    /** The accessible name of a chart's canvas. */
    public String chartLabel(String chart) {
        return find(By.cssSelector("[id='statistics:" + chart + "'] canvas")).getAttribute("aria-label");
    }

    /** The texts of one column of a table (0 is the first), one per row, without the titles a phone shows. */
    @SuppressWarnings("unchecked")
    public List<String> column(String table, int column) {
        find(By.cssSelector("[id='statistics:" + table + "']"));
        return ((List<Object>) ((JavascriptExecutor) driver)
                        .executeScript(
                                "return Array.from(document.querySelectorAll(\"[id='statistics:\" + arguments[0]"
                                        + " + \"'] tbody tr:not(.ui-datatable-empty-message)\")).map(r => {"
                                        + " const cell = r.querySelectorAll('td')[arguments[1]].cloneNode(true);"
                                        + " cell.querySelectorAll('.ui-column-title').forEach(t => t.remove());"
                                        + " return cell.textContent.trim(); });",
                                table,
                                column))
                .stream().map(String::valueOf).toList();
    }

    /** The figures of one column of a table, summed. */
    public long sum(String table, int column) {
        return column(table, column).stream().mapToLong(Long::parseLong).sum();
    }

    public StatisticsPage site(String labelStart) {
        choose("statistics:site", labelStart);
        return this;
    }

    public StatisticsPage customer(String labelStart) {
        choose("statistics:customer", labelStart);
        Waits.upTo(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("[id='statistics:site']"))
                .isEmpty());
        return new StatisticsPage(browser);
    }

    public StatisticsPage show() {
        submit(By.id("statistics:show"));
        return new StatisticsPage(browser);
    }

    /** Chooses the period by the months' names as the menus show them (e.g. "March 2026"). */
    public StatisticsPage period(String from, String to) {
        choose("statistics:from", from);
        choose("statistics:to", to);
        return this;
    }

    /** "Excel" for figures the portal refuses to export: answers the page's error message. */
    public String exportRefused() {
        submit(By.id("statistics:excel"));
        return new StatisticsPage(browser).error();
    }

    /** Exports the figures and returns the workbook once it has arrived in the folder. */
    public Path export(Path folder) {
        browser.downloadsTo(folder);
        find(By.id("statistics:excel")).click();
        return Waits.upTo(driver, Duration.ofSeconds(20)).until(d -> {
            try (var files = Files.list(folder)) {
                return files.filter(f -> f.getFileName().toString().endsWith(".xlsx"))
                        .findFirst()
                        .orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }
}
