package com.serviceportal.statistics;

import com.serviceportal.cases.Severity;
import com.serviceportal.platform.Choice;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.AccessScope;
import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import com.serviceportal.security.Caller;
import com.serviceportal.security.ScopeCondition;
import com.serviceportal.settings.PortalTabService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts a period's figures per month with one grouped query per kind of record, each narrowed to
 * the caller's scope before anything else, so a contact counts only its customers' records and a
 * contact that sees no customer counts nothing. Customers read their own figures while the portal's
 * Statistics tab is on; staff read any customer's, or all customers' together.
 *
 * <p>Months are those of the server's time zone, in which the portal stores its times.
 */
@Stateless
@Allowed(Audience.SIGNED_IN)
public class StatisticsService {

    /** How many items the "top equipment" list shows. */
    static final int TOP_EQUIPMENT = 10;

    /** The message keys whose translations {@link #workbook} takes for its headings. */
    public static final List<String> WORKBOOK_TEXTS = StatisticsWorkbook.TEXT_KEYS;

    private static final ZoneId ZONE = ZoneId.systemDefault();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private PortalTabService portalTabs;

    /** The figures of the period for the caller: a contact's own customers, or what the desk chose. */
    public Statistics figures(@NotNull @Valid StatisticsRequest request) {
        AccessScope scope = readableScope();
        if (request.to().isBefore(request.from())
                || request.from().plusMonths(StatisticsRequest.MOST_MONTHS - 1L).isBefore(request.to())) {
            throw new PeriodTooLongException();
        }
        if (request.siteId() != null) {
            scope.requireVisible(request.siteId());
        }
        Counted counted = counted(scope, request);
        Map<YearMonth, MonthParts> months = new LinkedHashMap<>();
        for (YearMonth m = request.from(); !m.isAfter(request.to()); m = m.plusMonths(1)) {
            months.put(m, new MonthParts());
        }
        raisedAndServiceLevels(counted, months);
        closed(counted, months);
        orders(counted, months);
        List<MonthFigures> figures = new ArrayList<>();
        months.forEach((month, parts) -> figures.add(parts.figures(month)));
        return new Statistics(request, figures, hours(counted), topEquipment(counted));
    }

    /** The same figures as an Excel workbook, headed with the texts the caller reads. */
    public StatisticsFile workbook(@NotNull @Valid StatisticsRequest request, @NotNull Map<String, String> texts) {
        Statistics statistics = figures(request);
        return new StatisticsFile(
                "statistics-" + request.from() + "-" + request.to() + ".xlsx",
                StatisticsWorkbook.CONTENT_TYPE,
                StatisticsWorkbook.write(statistics, texts));
    }

    /** The customers and sites the caller may narrow the figures to, by name. */
    public List<Choice> siteChoices(Long customerId) {
        AccessScope scope = readableScope();
        if (scope.isStaff() && customerId == null) {
            return List.of();
        }
        ScopeCondition visible = ScopeCondition.customers(scope, "c.id");
        // an outer join: the company itself has no parent and stays in the list
        String company = customerId == null ? "" : " AND (c.id = :company OR p.id = :company)";
        var query = em.createQuery(
                "SELECT c.id, c.name, c.accountNumber FROM Customer c LEFT JOIN c.parent p WHERE " + visible.text()
                        + company
                        + " ORDER BY c.name, c.id",
                Object[].class);
        if (customerId != null) {
            query.setParameter("company", customerId);
        }
        return visible.bind(query)
                .getResultStream()
                .map(row -> new Choice((Long) row[0], (String) row[1], (String) row[2]))
                .toList();
    }

    /** The desk's customer picker: every company (a customer without a parent), by name. */
    @Allowed(Audience.STAFF)
    public List<Choice> companyChoices() {
        return em.createQuery(
                        "SELECT c.id, c.name, c.accountNumber FROM Customer c WHERE c.parent IS NULL ORDER BY c.name, c.id",
                        Object[].class)
                .getResultStream()
                .map(row -> new Choice((Long) row[0], (String) row[1], (String) row[2]))
                .toList();
    }

    /** A contact reads its figures only while the portal offers the Statistics tab. */
    private AccessScope readableScope() {
        AccessScope scope = caller.scope();
        if (!scope.isStaff() && !portalTabs.current().isStatistics()) {
            throw new NotFoundException();
        }
        return scope;
    }

    /** Cases raised per month and severity, and how their response and resolution targets went. */
    private void raisedAndServiceLevels(Counted counted, Map<YearMonth, MonthParts> months) {
        Timestamp now = Timestamp.from(Instant.now());
        for (Slice slice : counted.slices()) {
            List<Object> parameters = new ArrayList<>();
            String sql = "SELECT YEAR(c.created_at), MONTH(c.created_at), c.severity, COUNT(*),"
                    + " SUM(CASE WHEN c.responded_at <= c.response_due_at THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN c.responded_at > c.response_due_at"
                    + " OR (c.responded_at IS NULL AND c.response_due_at < ?) THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN c.resolved_at <= c.resolution_due_at THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN c.resolved_at > c.resolution_due_at"
                    + " OR (c.resolved_at IS NULL AND c.resolution_due_at < ?) THEN 1 ELSE 0 END)"
                    + " FROM service_case c WHERE ";
            parameters.add(now);
            parameters.add(now);
            sql += slice.cases("c", parameters) + " AND c.created_at >= ? AND c.created_at < ?"
                    + " GROUP BY YEAR(c.created_at), MONTH(c.created_at), c.severity";
            parameters.add(counted.start());
            parameters.add(counted.end());
            for (Object[] row : rows(sql, parameters)) {
                MonthParts month = months.get(month(row));
                if (month != null) {
                    month.raised.merge(Severity.valueOf((String) row[2]), number(row[3]), Long::sum);
                    month.responseMet += number(row[4]);
                    month.responseBreached += number(row[5]);
                    month.resolutionMet += number(row[6]);
                    month.resolutionBreached += number(row[7]);
                }
            }
        }
    }

    /** Cases resolved per month and severity, with the minutes they took from raising to resolving. */
    private void closed(Counted counted, Map<YearMonth, MonthParts> months) {
        for (Slice slice : counted.slices()) {
            List<Object> parameters = new ArrayList<>();
            String sql = "SELECT YEAR(c.resolved_at), MONTH(c.resolved_at), c.severity, COUNT(*),"
                    // BIGINT: a million cases' minutes overflow SQL Server's INT sum
                    + " SUM(CAST(DATEDIFF(MINUTE, c.created_at, c.resolved_at) AS BIGINT))"
                    + " FROM service_case c WHERE " + slice.cases("c", parameters)
                    + " AND c.resolved_at >= ? AND c.resolved_at < ?"
                    + " GROUP BY YEAR(c.resolved_at), MONTH(c.resolved_at), c.severity";
            parameters.add(counted.start());
            parameters.add(counted.end());
            for (Object[] row : rows(sql, parameters)) {
                MonthParts month = months.get(month(row));
                if (month != null) {
                    month.closed.merge(Severity.valueOf((String) row[2]), number(row[3]), Long::sum);
                    month.minutesToResolve += number(row[4]);
                }
            }
        }
    }

    /** Work orders reported per month with the value of their lines; cancelled orders do not count. */
    private void orders(Counted counted, Map<YearMonth, MonthParts> months) {
        for (Slice slice : counted.slices()) {
            if (slice.ownCasesOnly()) {
                continue; // a customer seen only for the contact's own cases shows it no orders
            }
            List<Object> parameters = new ArrayList<>();
            String sql = "SELECT YEAR(o.created_at), MONTH(o.created_at), COUNT(DISTINCT o.id),"
                    // each line to the cent as the order shows it (SQL Server's and H2's ROUND round half up)
                    + " SUM(ROUND(l.quantity * l.price, 2))"
                    + " FROM work_order o LEFT JOIN order_line l ON l.work_order_id = o.id WHERE "
                    + slice.customers("o.customer_id", parameters)
                    + " AND o.created_at >= ? AND o.created_at < ? AND o.status <> 'CANCELLED'"
                    + " GROUP BY YEAR(o.created_at), MONTH(o.created_at)";
            parameters.add(counted.start());
            parameters.add(counted.end());
            for (Object[] row : rows(sql, parameters)) {
                MonthParts month = months.get(month(row));
                if (month != null) {
                    month.ordersReported += number(row[2]);
                    month.orderValue = month.orderValue.add(row[3] == null ? BigDecimal.ZERO : decimal(row[3]));
                }
            }
        }
    }

    /** Time recorded on the caller's cases per contract and month, beside the contract's hours. */
    private List<ContractHours> hours(Counted counted) {
        // one contract may draw time from cases of several customers: summed per contract and month
        Map<List<Object>, ContractHours> summed =
                new TreeMap<>(Comparator.comparing((List<Object> key) -> (String) key.get(0))
                        .thenComparing(key -> (YearMonth) key.get(1)));
        for (Slice slice : counted.slices()) {
            List<Object> parameters = new ArrayList<>();
            String sql = "SELECT k.reference, k.contract_type, k.included_minutes, k.monthly_minutes,"
                    + " YEAR(n.created_at), MONTH(n.created_at), SUM(n.time_spent_minutes)"
                    + " FROM service_case c JOIN tracking_note n ON n.case_id = c.id"
                    + " JOIN contract k ON k.id = n.contract_id WHERE " + slice.cases("c", parameters)
                    + " AND n.time_spent_minutes IS NOT NULL AND n.created_at >= ? AND n.created_at < ?"
                    + " GROUP BY k.reference, k.contract_type, k.included_minutes, k.monthly_minutes,"
                    + " YEAR(n.created_at), MONTH(n.created_at)";
            parameters.add(counted.start());
            parameters.add(counted.end());
            for (Object[] row : rows(sql, parameters)) {
                YearMonth month = YearMonth.of(((Number) row[4]).intValue(), ((Number) row[5]).intValue());
                ContractHours hours = new ContractHours(
                        (String) row[0], month, number(row[6]), contractMinutes((String) row[1], row[2], row[3]));
                summed.merge(
                        List.of(row[0], month),
                        hours,
                        (a, b) -> new ContractHours(
                                a.contract(), a.month(), a.usedMinutes() + b.usedMinutes(), a.contractMinutes()));
            }
        }
        return List.copyOf(summed.values());
    }

    /** A contract by month holds a month's hours; a bank or time-limited contract its included hours. */
    private static Integer contractMinutes(String type, Object included, Object monthly) {
        Object minutes = "SUPPORT_HOURS_BY_MONTH".equals(type) ? monthly : included;
        return minutes == null ? null : ((Number) minutes).intValue();
    }

    /** The equipment the most cases of the period were raised on. */
    private List<EquipmentCases> topEquipment(Counted counted) {
        Map<Long, EquipmentCases> byItem = new HashMap<>();
        for (Slice slice : counted.slices()) {
            List<Object> parameters = new ArrayList<>();
            String sql = "SELECT e.id, e.id_number, e.description, COUNT(*) FROM service_case c"
                    + " JOIN equipment e ON e.id = c.equipment_id WHERE " + slice.cases("c", parameters)
                    + " AND c.created_at >= ? AND c.created_at < ?"
                    + " GROUP BY e.id, e.id_number, e.description";
            parameters.add(counted.start());
            parameters.add(counted.end());
            for (Object[] row : rows(sql, parameters)) {
                EquipmentCases item = new EquipmentCases((String) row[1], (String) row[2], number(row[3]));
                byItem.merge(
                        ((Number) row[0]).longValue(),
                        item,
                        (a, b) -> new EquipmentCases(a.idNumber(), a.description(), a.cases() + b.cases()));
            }
        }
        return byItem.values().stream()
                .sorted(Comparator.comparingLong(EquipmentCases::cases)
                        .reversed()
                        .thenComparing(EquipmentCases::idNumber, Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(TOP_EQUIPMENT)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<Object> parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query.getResultList();
    }

    private static YearMonth month(Object[] row) {
        return YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    /**
     * What one request counts: the caller's scope first, then the desk's chosen company and the
     * chosen site, and the period as instants; read one customer at a time (see {@link Slice}).
     */
    private record Counted(StatisticsRequest request, List<Slice> slices) {

        Timestamp start() {
            return Timestamp.from(request.from().atDay(1).atStartOfDay(ZONE).toInstant());
        }

        Timestamp end() {
            return Timestamp.from(
                    request.to().plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant());
        }
    }

    /**
     * The customers a request counts, one slice each, so that every grouped query reads one customer's
     * rows by its index (a list of customers let the database scan the period of every customer): a
     * contact's customers, and those where it sees only the cases it raised; the desk's chosen company
     * with its sites, or the chosen site. Narrowed to the chosen company and site. The desk's overview
     * of every customer is one slice without a condition; a contact that sees no customer has none.
     */
    private Counted counted(AccessScope scope, StatisticsRequest request) {
        Set<Long> chosen = null;
        if (request.siteId() != null) {
            chosen = Set.of(request.siteId());
        } else if (request.customerId() != null) {
            chosen = new HashSet<>(em.createQuery(
                            "SELECT c.id FROM Customer c WHERE c.id = :company OR c.parent.id = :company", Long.class)
                    .setParameter("company", request.customerId())
                    .getResultList());
        }
        List<Slice> slices = new ArrayList<>();
        if (scope instanceof AccessScope.Customers contact) {
            for (Long id : ScopeCondition.listedCustomers(contact)) {
                if (chosen == null || chosen.contains(id)) {
                    slices.add(new Slice(id, null));
                }
            }
            for (Long id : ScopeCondition.ownCaseOnlyCustomers(contact)) {
                if (chosen == null || chosen.contains(id)) {
                    slices.add(new Slice(id, contact.contactId()));
                }
            }
        } else if (chosen != null) {
            chosen.stream().sorted().forEach(id -> slices.add(new Slice(id, null)));
        } else {
            slices.add(new Slice(null, null));
        }
        return new Counted(request, slices);
    }

    /**
     * One customer's share of a count: its rows, or only those the contact raised there; both
     * {@code null} for every customer (the desk's overview).
     *
     * @param customerId the customer, or {@code null} for all
     * @param ownCasesOf the contact whose own cases alone count there, or {@code null}
     */
    private record Slice(Long customerId, Long ownCasesOf) {

        boolean ownCasesOnly() {
            return ownCasesOf != null;
        }

        /** Native SQL: this slice's cases (alias {@code c}). */
        String cases(String c, List<Object> parameters) {
            if (customerId == null) {
                return "1 = 1";
            }
            parameters.add(customerId);
            if (ownCasesOf == null) {
                return c + ".customer_id = ?";
            }
            parameters.add(ownCasesOf);
            return c + ".customer_id = ? AND " + c + ".raised_by_contact_id = ?";
        }

        /** Native SQL: this slice's rows of a customer column. */
        String customers(String column, List<Object> parameters) {
            if (customerId == null) {
                return "1 = 1";
            }
            parameters.add(customerId);
            return column + " = ?";
        }
    }

    /** One month's sums while the grouped rows come in. */
    private static final class MonthParts {
        private final Map<Severity, Long> raised = new EnumMap<>(Severity.class);
        private final Map<Severity, Long> closed = new EnumMap<>(Severity.class);
        private long responseMet;
        private long responseBreached;
        private long resolutionMet;
        private long resolutionBreached;
        private long minutesToResolve;
        private long ordersReported;
        private BigDecimal orderValue = BigDecimal.ZERO;

        MonthFigures figures(YearMonth month) {
            long closedCount =
                    closed.values().stream().mapToLong(Long::longValue).sum();
            return new MonthFigures(
                    month,
                    raised,
                    closed,
                    responseMet,
                    responseBreached,
                    resolutionMet,
                    resolutionBreached,
                    closedCount == 0 ? null : Math.round((double) minutesToResolve / closedCount),
                    ordersReported,
                    orderValue);
        }
    }
}
