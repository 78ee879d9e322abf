package com.serviceportal.cases;

import com.serviceportal.platform.Database;
import com.serviceportal.platform.IdList;
import com.serviceportal.platform.LocalizedName;
import com.serviceportal.platform.SearchWords;
import com.serviceportal.security.AccessScope;
import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import com.serviceportal.security.Caller;
import com.serviceportal.security.ScopeCondition;
import com.serviceportal.sla.TargetState;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The case lists of the portal and the desk, filtered, sorted and paged in the database and always
 * narrowed to the caller's scope: a contact sees the cases of its customer and every site below it
 * (its colleagues' cases included), staff see every case.
 *
 * <p>One page is read as {@code pageSize + 1} rows, so the list knows whether another page follows
 * without counting every matching case (docs/decisions/0012-case-lists-without-totals.md).
 */
@Stateless
@Allowed(Audience.SIGNED_IN)
public class CaseSearch {

    /** The largest page a list may ask for. */
    public static final int MAX_PAGE_SIZE = 200;

    /** The time each page of a case list takes, the portal's and the desk's queue alike. */
    static final String LIST_TIME = "portal_case_list";

    /** Above this many summary words starting with the word typed, the list tests each case instead. */
    private static final int MOST_WORDS = 8;

    private static final String SELECT = "SELECT c.id AS case_id, c.case_number AS case_number, c.summary AS summary,"
            + " c.severity AS severity, s.name AS status_name, c.complete AS complete, cu.name AS customer_name,"
            + " p.name AS company_name, t.name AS team_name, a.display_name AS assignee_name,"
            + " c.created_at AS created_at, c.due_at AS due_at, c.at_risk_at AS at_risk_at,"
            + " c.clock_paused_at AS clock_paused_at, %1$s AS sort_key,"
            + " CASE WHEN %1$s IS NULL THEN 1 ELSE 0 END AS sort_key_missing,"
            + " s.name_sv AS status_name_sv, t.name_sv AS team_name_sv"
            + " FROM %3$s"
            + " JOIN tracking_status s ON s.id = c.%2$s"
            + " JOIN customer cu ON cu.id = c.customer_id"
            + " LEFT JOIN customer p ON p.id = cu.parent_id"
            + " LEFT JOIN team t ON t.id = c.team_id"
            + " LEFT JOIN user_account a ON a.id = c.assignee_id";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Database database;

    @Inject
    private MetricRegistry metrics;

    /** The most parameters one list statement carries (SQL Server refuses more than 2,100). */
    private static final int MOST_PARAMETERS = 2000;

    /** One page of the cases the caller may see that match the filter, in the given order. */
    public CaseRows search(
            @NotNull CaseFilter filter,
            @NotNull CaseSort sort,
            @Min(0) int first,
            @Min(1) @Max(MAX_PAGE_SIZE) int pageSize) {
        return search(filter, sort, first, pageSize, null);
    }

    /**
     * One page of the cases the caller may see that match the filter, in the given order: when
     * {@code after} is the cursor of the page before (the same filter and order), the page is read
     * as the cases that follow it, without reading the pages before again; otherwise from the
     * list's start.
     */
    public CaseRows search(
            @NotNull CaseFilter filter,
            @NotNull CaseSort sort,
            @Min(0) int first,
            @Min(1) @Max(MAX_PAGE_SIZE) int pageSize,
            CaseCursor after) {
        Timer.Context timing = metrics.timer(LIST_TIME).time();
        try {
            return find(filter, sort, first, pageSize, after);
        } finally {
            timing.stop();
        }
    }

    private CaseRows find(CaseFilter filter, CaseSort sort, int first, int pageSize, CaseCursor after) {
        AccessScope scope = caller.scope();
        int fingerprint = filter.fingerprint();
        CaseCursor last = after != null && after.continues(fingerprint, sort, first) ? after : null;
        List<Part> parts = new ArrayList<>();
        List<Standing> standings = new ArrayList<>();
        List<Part> all = parts(scope, filter, sort);
        List<Standing> allStandings = standings(sort, all, last);
        for (int i = 0; i < all.size(); i++) {
            // a part whose cases all come before the last one shown has nothing for this page
            if (allStandings.get(i) != Standing.BEFORE) {
                parts.add(all.get(i));
                standings.add(allStandings.get(i));
            }
        }
        if (parts.isEmpty()) {
            return new CaseRows(List.of(), false);
        }
        int skipped = last == null ? first : 0;
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        // each part carries at least its customer, completeness and row count
        boolean tooMany = parts.size() > 1 && parts.size() * 3 > MOST_PARAMETERS;
        if (!tooMany) {
            query(scope, filter, sort, parts, standings, last, skipped, pageSize, sql, parameters);
            tooMany = parts.size() > 1 && parameters.size() > MOST_PARAMETERS;
        }
        if (tooMany) {
            // So many parts (a company with hundreds of sites, sorted by status) that SQL Server
            // would refuse the statement: one query over every listed customer instead.
            parts = List.of(wholeList(filter, all));
            standings = standings(sort, parts, last);
            parameters.clear();
            sql.setLength(0);
            query(scope, filter, sort, parts, standings, last, skipped, pageSize, sql, parameters);
        }

        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        Instant now = Instant.now();
        Locale reader = caller.language();
        List<CaseRow> rows = found.stream()
                .limit(pageSize)
                .map(row -> toRow(row, now, reader))
                .toList();
        if (found.size() <= pageSize) {
            return new CaseRows(rows, false);
        }
        Object[] lastShown = found.get(pageSize - 1);
        CaseCursor next = new CaseCursor(
                first + pageSize,
                sort,
                fingerprint,
                (Serializable) lastShown[14],
                toInstant(lastShown[10]),
                ((Number) lastShown[0]).longValue());
        return new CaseRows(rows, true, next);
    }

    /**
     * The statement of one page: the one part's query, or the parts' queries, each ordered and
     * limited, merged in the list's order.
     */
    private void query(
            AccessScope scope,
            CaseFilter filter,
            CaseSort sort,
            List<Part> parts,
            List<Standing> standings,
            CaseCursor last,
            int skipped,
            int pageSize,
            StringBuilder sql,
            List<Object> parameters) {
        if (parts.size() == 1) {
            appendQuery(scope, filter, sort, parts.get(0), standings.get(0), last, sql, parameters);
        } else {
            // One query over several customers, statuses or severities would read and sort every
            // matching case. One ordered, limited query per part walks an index in the list's order
            // and reads only the rows the page can show; the parts are merged in the same order.
            // SQL Server allows such a part only as a derived table; H2 plans a derived table
            // without its ORDER BY (reading every case of the customer and sorting them), so there
            // each part is a parenthesised member of the union, which H2 plans on the index. Both
            // forms return the same rows (CaseSearchIT runs the SQL Server one on H2 too).
            boolean parenthesised = database.dialect() == Database.Dialect.H2;
            // a case with two words that start with the typed one is in two parts, and listed once
            String union = parts.stream().anyMatch(part -> part.word() != null) ? " UNION " : " UNION ALL ";
            if (!parenthesised) {
                sql.append("SELECT * FROM (");
            }
            for (int i = 0; i < parts.size(); i++) {
                sql.append(i == 0 ? "" : union).append(parenthesised ? "(" : "SELECT * FROM (");
                appendQuery(scope, filter, sort, parts.get(i), standings.get(i), last, sql, parameters);
                sql.append(" OFFSET 0 ROWS FETCH NEXT ? ROWS ONLY)").append(parenthesised ? "" : " part" + i);
                parameters.add(skipped + pageSize + 1);
            }
            sql.append(parenthesised ? "" : ") merged").append(" ORDER BY ").append(mergedOrderBy(sort));
        }
        sql.append(" OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        parameters.add(skipped);
        parameters.add(pageSize + 1);
    }

    /**
     * The desk's queue: like {@link #search}, and the order is remembered for the staff member, so
     * the queue opens in it next time.
     */
    @Allowed(Audience.STAFF)
    public CaseRows searchQueue(
            @NotNull CaseFilter filter,
            @NotNull CaseSort sort,
            @Min(0) int first,
            @Min(1) @Max(MAX_PAGE_SIZE) int pageSize,
            CaseCursor after) {
        AccessScope scope = caller.scope();
        QueueSort remembered = em.find(QueueSort.class, scope.accountId());
        if (remembered == null) {
            em.persist(new QueueSort(scope.accountId(), sort));
        } else if (!remembered.toSort().equals(sort)) {
            remembered.choose(sort);
        }
        return search(filter, sort, first, pageSize, after);
    }

    /** The order the staff member last chose for the queue; newest first until then. */
    @Allowed(Audience.STAFF)
    public CaseSort queueSort() {
        AccessScope scope = caller.scope();
        QueueSort remembered = em.find(QueueSort.class, scope.accountId());
        return remembered == null ? CaseSort.NEWEST_FIRST : remembered.toSort();
    }

    /** The newest case number the caller may see; 0 when there is none. */
    public long newestCaseNumber() {
        return newSince(0).getNewestNumber();
    }

    /** The cases the caller may see that were raised after the given case number. */
    public NewCases newSince(long caseNumber) {
        AccessScope scope = caller.scope();
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql =
                new StringBuilder("SELECT COUNT(*), MAX(c.case_number) FROM service_case c WHERE c.case_number > ?");
        parameters.add(caseNumber);
        narrowToScope(scope, sql, parameters);
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        Object[] row = (Object[]) query.getSingleResult();
        long count = ((Number) row[0]).longValue();
        return new NewCases(count, count == 0 ? caseNumber : ((Number) row[1]).longValue());
    }

    /** The options of the list filters for the caller. */
    public CaseListChoices choices() {
        AccessScope scope = caller.scope();
        if (!scope.isStaff()) {
            List<ListChoice> statuses =
                    choices("SELECT s.id, s.name, s.nameSv FROM TrackingStatus s WHERE s.availableToCustomers = TRUE"
                            + " ORDER BY s.sortOrder");
            ScopeCondition visible = ScopeCondition.customers(scope, "c.id");
            List<ListChoice> customers = visible.bind(em.createQuery(
                            "SELECT c.id, c.name FROM Customer c WHERE " + visible.text(), Object[].class))
                    .getResultStream()
                    // the contact's own customer first, then its sites by name
                    .sorted(Comparator.comparing((Object[] row) -> !row[0].equals(scope.homeCustomerId()))
                            .thenComparing(row -> (String) row[1]))
                    .map(row -> new ListChoice((Long) row[0], (String) row[1]))
                    .toList();
            return new CaseListChoices(statuses, customers, List.of(), List.of());
        }
        return new CaseListChoices(
                choices("SELECT s.id, s.name, s.nameSv FROM TrackingStatus s ORDER BY s.sortOrder"),
                choices("SELECT c.id, c.name FROM Customer c ORDER BY c.name"),
                choices("SELECT t.id, t.name, t.nameSv FROM Team t ORDER BY t.name"),
                choices("SELECT a.id, a.displayName FROM UserAccount a"
                        + " WHERE a.contact IS NULL AND a.enabled = TRUE ORDER BY a.displayName"));
    }

    /** The choices of a query for id and name, and the Swedish name when it selects one. */
    private List<ListChoice> choices(String jpql) {
        Locale reader = caller.language();
        return em.createQuery(jpql, Object[].class)
                .getResultStream()
                .map(row -> new ListChoice(
                        (Long) row[0],
                        row.length > 2 ? LocalizedName.in(reader, (String) row[1], (String) row[2]) : (String) row[1]))
                .toList();
    }

    private static void narrowToScope(AccessScope scope, StringBuilder sql, List<Object> parameters) {
        sql.append(" AND ").append(ScopeCondition.casesSql(scope, "c", parameters));
    }

    private static void narrowToFilter(
            AccessScope scope, CaseFilter filter, Part part, StringBuilder sql, List<Object> parameters) {
        if (filter.getStatusIds().length > 0) {
            inList(sql, parameters, "c." + statusColumn(scope), Arrays.asList(filter.getStatusIds()));
        }
        if (filter.getSeverities().length > 0) {
            inList(
                    sql,
                    parameters,
                    "c.severity",
                    Arrays.stream(filter.getSeverities()).map(Severity::name).toList());
        }
        if (filter.getTeamId() != null) {
            sql.append(" AND c.team_id = ?");
            parameters.add(filter.getTeamId());
        }
        Long assignee = filter.getAssigneeId();
        if (assignee != null && assignee == CaseFilter.UNASSIGNED) {
            sql.append(" AND c.assignee_id IS NULL");
        } else if (assignee != null) {
            sql.append(" AND c.assignee_id = ?");
            parameters.add(assignee == CaseFilter.MINE ? scope.accountId() : assignee);
        }
        if (filter.isDueSoon()) {
            // At risk or breached: the moment the target became at risk has passed on its clock,
            // which stands still while the case is paused.
            sql.append(" AND c.due_at IS NOT NULL AND c.at_risk_at <= COALESCE(c.clock_paused_at, ?)");
            parameters.add(Timestamp.from(Instant.now()));
        }
        narrowToText(filter, part, sql, parameters);
    }

    /**
     * The text filter: every word typed starts a word of the summary (in any order), or the text is
     * the case's number. A part read through one word's index range (see {@link #wordParts}) has
     * that word and the number settled already and tests only the other words.
     */
    private static void narrowToText(CaseFilter filter, Part part, StringBuilder sql, List<Object> parameters) {
        if (part.caseNumber() != null) {
            sql.append(" AND c.case_number = ?");
            parameters.add(part.caseNumber());
            return;
        }
        List<String> typed = SearchWords.of(filter.getText());
        Long number = caseNumber(filter);
        List<String> tested =
                typed.stream().filter(word -> !word.equals(part.typedWord())).toList();
        if (tested.isEmpty() && (number == null || part.word() != null)) {
            return;
        }
        sql.append(" AND (");
        if (number != null && part.word() == null) {
            sql.append("c.case_number = ? OR ");
            parameters.add(number);
        }
        sql.append("(1 = 1");
        for (String word : tested) {
            // words hold letters and digits only, so nothing in them needs escaping for LIKE
            sql.append(" AND EXISTS (SELECT 1 FROM case_word x WHERE x.case_id = c.id AND x.word LIKE ?)");
            parameters.add(word + "%");
        }
        sql.append("))");
    }

    /** The case number the filter text names, if it is a number. */
    private static Long caseNumber(CaseFilter filter) {
        String text = filter.getText() == null ? "" : filter.getText().strip();
        return text.matches("\\d{1,18}") ? Long.valueOf(text) : null;
    }

    /**
     * The query of one part of a list: every matching case (staff, no customer chosen), or one
     * customer's cases of one completeness, status or severity, ordered as an index is so the
     * database stops after a page.
     */
    private static void appendQuery(
            AccessScope scope,
            CaseFilter filter,
            CaseSort sort,
            Part part,
            Standing standing,
            CaseCursor last,
            StringBuilder sql,
            List<Object> parameters) {
        if (part.word() != null) {
            // one word's index range, in list order; the case's own columns stay the judge
            sql.append(SELECT.formatted(
                            sortKey(sort), statusColumn(scope), "case_word w JOIN service_case c ON c.id = w.case_id"))
                    .append(" WHERE w.customer_id = ? AND w.complete = ? AND w.word = ?")
                    .append(" AND c.customer_id = w.customer_id AND c.complete = w.complete");
            parameters.add(part.customerId());
            parameters.add(part.complete());
            parameters.add(part.word());
        } else {
            sql.append(SELECT.formatted(sortKey(sort), statusColumn(scope), "service_case c"))
                    .append(" WHERE 1 = 1");
        }
        if (part.customerId() != null && part.word() == null) {
            sql.append(" AND c.customer_id = ?");
            parameters.add(part.customerId());
        }
        if (part.customerId() == null) {
            // a part over several customers is narrowed by the scope itself, so it never widens a list
            narrowToScope(scope, sql, parameters);
        }
        if (part.raisedBy() != null) {
            sql.append(" AND c.raised_by_contact_id = ?");
            parameters.add(part.raisedBy());
        }
        if (part.customerIds() != null) {
            sql.append(" AND ").append(IdList.sql("c.customer_id", part.customerIds(), parameters));
        }
        if (part.statusId() != null) {
            sql.append(" AND c.").append(statusColumn(scope)).append(" = ?");
            parameters.add(part.statusId());
        }
        if (part.severity() != null) {
            sql.append(" AND c.severity_rank = ?");
            parameters.add(part.severity().rank());
        }
        if (part.complete() != null && part.word() == null) {
            sql.append(" AND c.complete = ?");
            parameters.add(part.complete());
        }
        narrowToFilter(scope, filter, part, sql, parameters);
        // a word part's own columns, so that the condition bounds the range of its index
        String created = part.word() == null ? "c.created_at" : "w.created_at";
        String id = part.word() == null ? "c.id" : "w.case_id";
        if (standing == Standing.TIED) {
            sql.append(" AND ").append(laterAmongEquals(created, id, last, parameters));
        } else if (standing == Standing.VARIES) {
            appendAfter(
                    sort,
                    last,
                    sort.getColumn() == CaseSort.Column.CREATED ? created : sortKey(sort),
                    created,
                    id,
                    sql,
                    parameters);
        }
        sql.append(" ORDER BY ").append(partOrderBy(scope, sort, part));
    }

    /**
     * How the cases of a part stand against the last case shown, when the list continues after one
     * ({@code last}): all before it, all after it, or tied with it on the sorted column (a part of
     * one status, severity or customer in a list sorted by that), or mixed.
     */
    private enum Standing {
        /** No case of the part comes after the last one shown: the part is left out. */
        BEFORE,
        /** Every case of the part shares the last one's sorted value: newer first decides. */
        TIED,
        /** The part's cases differ in the sorted column: the whole order decides. */
        VARIES,
        /** Every case of the part comes after the last one shown, or the list starts at its top. */
        AFTER
    }

    private List<Standing> standings(CaseSort sort, List<Part> parts, CaseCursor last) {
        if (last == null) {
            return parts.stream().map(part -> Standing.AFTER).toList();
        }
        Map<Long, Integer> statusOrder = sort.getColumn() == CaseSort.Column.STATUS ? statusOrder() : Map.of();
        Map<Long, Integer> customers =
                switch (sort.getColumn()) {
                    case CUSTOMER, COMPANY -> customersAgainst(sort, last, parts);
                    default -> Map.of();
                };
        return parts.stream()
                .map(part -> {
                    Integer comparison =
                            switch (sort.getColumn()) {
                                case STATUS ->
                                    part.statusId() == null
                                            ? null
                                            : Integer.compare(
                                                    statusOrder.get(part.statusId()), ((Number) last.key()).intValue());
                                case SEVERITY ->
                                    part.severity() == null
                                            ? null
                                            : Integer.compare(part.severity().rank(), ((Number) last.key()).intValue());
                                case CUSTOMER, COMPANY ->
                                    part.customerId() == null ? null : customers.get(part.customerId());
                                default -> null;
                            };
                    if (comparison == null) {
                        return Standing.VARIES;
                    }
                    if (comparison == 0) {
                        return Standing.TIED;
                    }
                    return (comparison < 0) == sort.isAscending() ? Standing.BEFORE : Standing.AFTER;
                })
                .toList();
    }

    private Map<Long, Integer> statusOrder() {
        return em.createQuery("SELECT s.id, s.sortOrder FROM TrackingStatus s", Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).intValue()));
    }

    /**
     * For each customer part (one customer's cases, so one name), whether the customer's or company's
     * name sorts before (-1), with (0) or after (1) the last case's; compared by the database, whose
     * collation orders the list.
     */
    private Map<Long, Integer> customersAgainst(CaseSort sort, CaseCursor last, List<Part> parts) {
        List<Long> customers = parts.stream()
                .filter(part -> part.customerId() != null && part.word() == null && part.caseNumber() == null)
                .map(Part::customerId)
                .distinct()
                .toList();
        if (customers.isEmpty()) {
            return Map.of();
        }
        String key = sortKey(sort);
        List<Object> parameters = new ArrayList<>(List.of(last.key(), last.key()));
        StringBuilder sql = new StringBuilder("SELECT cu.id, CASE WHEN " + key + " < ? THEN -1 WHEN " + key
                + " = ? THEN 0 ELSE 1 END FROM customer cu LEFT JOIN customer p ON p.id = cu.parent_id WHERE ");
        sql.append(IdList.sql("cu.id", customers, parameters));
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> ((Number) row[1]).intValue()));
    }

    /**
     * The condition that a case comes after the last one shown in the list's order. It leads with a
     * bound on the sorted column where that column is the case's own and never empty, so the
     * database starts the part's index range there instead of walking the rows before it.
     */
    private static void appendAfter(
            CaseSort sort,
            CaseCursor last,
            String key,
            String created,
            String id,
            StringBuilder sql,
            List<Object> parameters) {
        String later = sort.isAscending() ? " > ?" : " < ?";
        Object value = last.key();
        switch (sort.getColumn()) {
            case NUMBER -> {
                sql.append(" AND ").append(key).append(later);
                parameters.add(value);
            }
            case CREATED -> {
                // the creation time, then the id, both in the list's direction
                sql.append(" AND ").append(key).append(sort.isAscending() ? " >= ?" : " <= ?");
                sql.append(" AND (")
                        .append(key)
                        .append(later)
                        .append(" OR ")
                        .append(id)
                        .append(later)
                        .append(')');
                parameters.add(value);
                parameters.add(value);
                parameters.add(last.caseId());
            }
            case DUE -> {
                // cases without a due time come last in both directions
                if (value == null) {
                    sql.append(" AND ").append(key).append(" IS NULL AND ");
                    sql.append(laterAmongEquals(created, id, last, parameters));
                } else {
                    sql.append(" AND (")
                            .append(key)
                            .append(" IS NULL OR ")
                            .append(key)
                            .append(later);
                    sql.append(" OR (").append(key).append(" = ? AND ");
                    parameters.add(value);
                    parameters.add(value);
                    sql.append(laterAmongEquals(created, id, last, parameters)).append("))");
                }
            }
            default -> {
                // an empty value (no team, no assignee) sorts lowest, as in H2 and SQL Server
                boolean mayBeEmpty =
                        sort.getColumn() == CaseSort.Column.TEAM || sort.getColumn() == CaseSort.Column.ASSIGNEE;
                if (value == null && sort.isAscending()) {
                    sql.append(" AND (").append(key).append(" IS NOT NULL OR ");
                    sql.append(laterAmongEquals(created, id, last, parameters)).append(')');
                } else if (value == null) {
                    sql.append(" AND ").append(key).append(" IS NULL AND ");
                    sql.append(laterAmongEquals(created, id, last, parameters));
                } else {
                    if (!mayBeEmpty) {
                        sql.append(" AND ").append(key).append(sort.isAscending() ? " >= ?" : " <= ?");
                        parameters.add(value);
                    }
                    sql.append(" AND (").append(key).append(later);
                    parameters.add(value);
                    if (mayBeEmpty && !sort.isAscending()) {
                        sql.append(" OR ").append(key).append(" IS NULL");
                    }
                    sql.append(" OR (").append(key).append(" = ? AND ");
                    parameters.add(value);
                    sql.append(laterAmongEquals(created, id, last, parameters)).append("))");
                }
            }
        }
    }

    /**
     * Among cases that share the sorted value, those after the last one shown: older ones, or as
     * old with a lower id. Its first term bounds the newest-first index range.
     */
    private static String laterAmongEquals(String created, String id, CaseCursor last, List<Object> parameters) {
        parameters.add(last.created());
        parameters.add(last.created());
        parameters.add(last.caseId());
        return "(" + created + " <= ? AND (" + created + " < ? OR " + id + " < ?))";
    }

    /**
     * How a list is cut into parts that each walk one index (V21, V22): per customer the caller sees (or
     * the one chosen), and per status or severity when the list is sorted or filtered by it, since
     * within one status or severity the newest-first index gives the order. Staff who choose no
     * customer get one query over every case.
     */
    private List<Part> parts(AccessScope scope, CaseFilter filter, CaseSort sort) {
        List<Boolean> completeness = filter.isIncludeComplete() ? List.of(false, true) : List.of(false);
        Optional<List<Listed>> listed = customersListed(scope, filter);
        if (listed.isEmpty()) {
            return List.of(Part.of(null, filter.isIncludeComplete() ? null : false, null, null));
        }
        List<Listed> customers = listed.get();
        if (customers.isEmpty()) {
            // a contact that sees no customer lists nothing
            return List.of();
        }
        boolean newestFirst = sort.equals(CaseSort.NEWEST_FIRST);
        if (newestFirst) {
            Optional<List<Part>> byWord = wordParts(filter, customers, completeness);
            if (byWord.isPresent()) {
                return byWord.get();
            }
        }
        List<Part> parts = new ArrayList<>();
        if (sort.getColumn() == CaseSort.Column.STATUS || (newestFirst && filter.getStatusIds().length > 0)) {
            List<Long> statuses =
                    filter.getStatusIds().length > 0 ? Arrays.asList(filter.getStatusIds()) : listedStatuses(scope);
            customers.forEach(customer -> completeness.forEach(
                    complete -> statuses.forEach(status -> parts.add(customer.part(complete, status, null)))));
        } else if (filter.getSeverities().length > 0 && (newestFirst || sort.getColumn() == CaseSort.Column.SEVERITY)) {
            List<Severity> severities = Arrays.asList(filter.getSeverities());
            customers.forEach(customer -> completeness.forEach(
                    complete -> severities.forEach(severity -> parts.add(customer.part(complete, null, severity)))));
        } else {
            customers.forEach(
                    customer -> completeness.forEach(complete -> parts.add(customer.part(complete, null, null))));
        }
        return parts;
    }

    /**
     * One part for the cases of every customer the parts list, in the list's own order: for a list
     * cut into more parts than one statement may carry.
     */
    private static Part wholeList(CaseFilter filter, List<Part> parts) {
        List<Long> customerIds = parts.stream()
                .flatMap(part -> part.customerIds() != null
                        ? part.customerIds().stream()
                        : java.util.stream.Stream.of(part.customerId()))
                .distinct()
                .toList();
        return new Part(
                null, null, filter.isIncludeComplete() ? null : false, null, null, null, null, null, customerIds);
    }

    /** The statuses a list can show: every one for staff, those customers see for a contact. */
    private List<Long> listedStatuses(AccessScope scope) {
        return em.createQuery(
                        scope.isStaff()
                                ? "SELECT s.id FROM TrackingStatus s"
                                : "SELECT s.id FROM TrackingStatus s WHERE s.availableToCustomers = TRUE",
                        Long.class)
                .getResultList();
    }

    /**
     * The parts of a newest-first list filtered by text: per customer, completeness and summary word
     * that starts with the longest word typed, each one range of {@code ix_case_word_list} (V24) in
     * list order, and one part for the case whose number was typed. Empty (so the list is read as
     * without text) when nothing is typed, or when more than {@value #MOST_WORDS} words start with
     * it, as with a first letter or two: then matches are many and the list's own parts find a page
     * of them quickly.
     */
    private Optional<List<Part>> wordParts(CaseFilter filter, List<Listed> customers, List<Boolean> completeness) {
        List<String> typed = SearchWords.of(filter.getText());
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        String longest =
                typed.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        List<Part> parts = new ArrayList<>();
        for (Listed customer : customers) {
            for (Boolean complete : completeness) {
                List<String> words = wordsStartingWith(customer.customerId(), complete, longest);
                if (words.size() > MOST_WORDS) {
                    return Optional.empty();
                }
                words.forEach(word -> parts.add(new Part(
                        customer.customerId(), customer.raisedBy(), complete, null, null, word, longest, null, null)));
            }
        }
        Long number = caseNumber(filter);
        if (number != null) {
            Boolean complete = filter.isIncludeComplete() ? null : false;
            List<Long> customerIds =
                    customers.stream().map(Listed::customerId).distinct().toList();
            parts.add(new Part(null, null, complete, null, null, null, null, number, customerIds));
        }
        return Optional.of(parts);
    }

    /**
     * The distinct words of one customer's cases of one completeness that start with the given one,
     * at most one more than {@value #MOST_WORDS}: each step seeks the next word in the index.
     */
    private List<String> wordsStartingWith(long customerId, boolean complete, String start) {
        List<String> words = new ArrayList<>();
        String after = "";
        while (words.size() <= MOST_WORDS) {
            List<?> next = em.createNativeQuery("SELECT w.word FROM case_word w WHERE w.customer_id = ?"
                            + " AND w.complete = ? AND w.word LIKE ? AND w.word > ?"
                            + " ORDER BY w.customer_id, w.complete, w.word, w.created_at DESC, w.case_id DESC"
                            + " OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY")
                    .setParameter(1, customerId)
                    .setParameter(2, complete)
                    .setParameter(3, start + "%")
                    .setParameter(4, after)
                    .getResultList();
            if (next.isEmpty()) {
                break;
            }
            after = (String) next.get(0);
            words.add(after);
        }
        return words;
    }

    /**
     * One customer's cases of one completeness, and of one status, severity or summary word where
     * set ({@code typedWord}: the word typed that the summary word starts with); or the case with a
     * typed number among the listed customers' cases.
     */
    private record Part(
            Long customerId,
            Long raisedBy,
            Boolean complete,
            Long statusId,
            Severity severity,
            String word,
            String typedWord,
            Long caseNumber,
            List<Long> customerIds) {

        static Part of(Long customerId, Boolean complete, Long statusId, Severity severity) {
            return new Part(customerId, null, complete, statusId, severity, null, null, null, null);
        }
    }

    /**
     * A customer whose cases a list reads, each in parts of its own: all its cases, or only those
     * raised by or for one contact, where a contact narrowed to chosen sites sees only its own.
     */
    private record Listed(long customerId, Long raisedBy) {

        Part part(Boolean complete, Long statusId, Severity severity) {
            return new Part(customerId, raisedBy, complete, statusId, severity, null, null, null, null);
        }
    }

    /**
     * The customers a list is narrowed to: the one the filter names (a company with its sites, as the
     * equipment and contract lists read it), or every customer a contact may see, which may be none;
     * empty only for staff who choose no customer, who list every customer's cases.
     */
    private Optional<List<Listed>> customersListed(AccessScope scope, CaseFilter filter) {
        Long chosen = filter.getCustomerId();
        if (chosen != null) {
            scope.requireVisible(chosen);
            List<Listed> listed = new ArrayList<>(List.of(new Listed(chosen, null)));
            em.createQuery("SELECT c.id FROM Customer c WHERE c.parent.id = :company ORDER BY c.id", Long.class)
                    .setParameter("company", chosen)
                    .getResultStream()
                    .filter(scope::sees)
                    .forEach(site -> listed.add(new Listed(site, null)));
            return Optional.of(listed);
        }
        if (!(scope instanceof AccessScope.Customers contact)) {
            return Optional.empty();
        }
        List<Listed> listed = new ArrayList<>();
        ScopeCondition.listedCustomers(contact).forEach(customer -> listed.add(new Listed(customer, null)));
        ScopeCondition.ownCaseOnlyCustomers(contact)
                .forEach(customer -> listed.add(new Listed(customer, contact.contactId())));
        return Optional.of(listed);
    }

    /**
     * The status a list shows and filters by: the desk's real one, or for customers the latest
     * status available to them, so an internal step never shows in the portal (decision 0006).
     */
    private static String statusColumn(AccessScope scope) {
        return scope.isStaff() ? "status_id" : "customer_status_id";
    }

    /** A filter's few chosen values (statuses, severities); none chosen matches nothing. */
    private static void inList(StringBuilder sql, List<Object> parameters, String column, List<?> values) {
        if (values.isEmpty()) {
            sql.append(" AND 1 = 0");
            return;
        }
        sql.append(" AND ").append(column).append(" IN (");
        for (int i = 0; i < values.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(')');
        parameters.addAll(values);
    }

    private static String sortKey(CaseSort sort) {
        return switch (sort.getColumn()) {
            case NUMBER -> "c.case_number";
            case SUMMARY -> "c.summary";
            case CUSTOMER -> "cu.name";
            case COMPANY -> "COALESCE(p.name, cu.name)";
            case STATUS -> "s.sort_order";
            case SEVERITY -> "c.severity_rank";
            case TEAM -> "t.name";
            case ASSIGNEE -> "a.display_name";
            case CREATED -> "c.created_at";
            case DUE -> "c.due_at";
        };
    }

    private static String orderBy(CaseSort sort) {
        String key = sortKey(sort);
        return order(sort, key, "CASE WHEN " + key + " IS NULL THEN 1 ELSE 0 END", "c.created_at", "c.id");
    }

    /**
     * The order of one part, leading with the columns the part fixes so that it is exactly the
     * order of one of the list indexes (H2 walks an index only for an ORDER BY that lists its
     * columns from the first, in their directions).
     */
    private static String partOrderBy(AccessScope scope, CaseSort sort, Part part) {
        if (part.word() != null) {
            return "w.customer_id, w.complete, w.word, w.created_at DESC, w.case_id DESC";
        }
        if (part.customerId() == null) {
            return orderBy(sort);
        }
        String fixed = "c.customer_id, c.complete, ";
        if (part.statusId() != null) {
            return fixed + "c." + statusColumn(scope) + ", c.created_at DESC, c.id DESC";
        }
        if (part.severity() != null) {
            return fixed + "c.severity_rank, c.created_at DESC, c.id DESC";
        }
        return switch (sort.getColumn()) {
            // one customer's cases share their customer and company: newest first decides
            case CUSTOMER, COMPANY -> fixed + "c.created_at DESC, c.id DESC";
            default -> fixed + orderBy(sort);
        };
    }

    /** The same order over the columns of the merged parts. */
    private static String mergedOrderBy(CaseSort sort) {
        // a union orders only by the columns it returns
        return order(sort, "sort_key", "sort_key_missing", "created_at", "case_id");
    }

    private static String order(CaseSort sort, String key, String keyMissing, String created, String id) {
        String direction = sort.isAscending() ? " ASC" : " DESC";
        return switch (sort.getColumn()) {
            case NUMBER -> key + direction; // unique: nothing to break ties
            case CREATED -> key + direction + ", " + id + direction;
            // Cases without a due time come after those with one, in both directions (H2 and SQL
            // Server would put them first when ascending).
            case DUE -> keyMissing + ", " + key + direction + ", " + created + " DESC, " + id + " DESC";
            // The newest case first among equals, so that paging neither repeats nor skips a case
            // and one index per column serves both directions' ties.
            default -> key + direction + ", " + created + " DESC, " + id + " DESC";
        };
    }

    private static CaseRow toRow(Object[] row, Instant now, Locale reader) {
        String customer = (String) row[6];
        String parent = (String) row[7];
        return new CaseRow(
                ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(),
                (String) row[2],
                Severity.valueOf((String) row[3]),
                LocalizedName.in(reader, (String) row[4], (String) row[16]),
                isTrue(row[5]),
                parent == null ? customer : parent,
                parent == null ? null : customer,
                LocalizedName.in(reader, (String) row[8], (String) row[17]),
                (String) row[9],
                toInstant(row[10]),
                row[11] == null ? null : toInstant(row[11]),
                dueState(row, now));
    }

    /** Where the next target stands; {@code null} for a case without one. */
    private static TargetState dueState(Object[] row, Instant now) {
        if (row[11] == null) {
            return null;
        }
        Instant clockNow = row[13] == null ? now : toInstant(row[13]);
        if (clockNow.isAfter(toInstant(row[11]))) {
            return TargetState.MISSED;
        }
        if (row[12] != null && !clockNow.isBefore(toInstant(row[12]))) {
            return TargetState.AT_RISK;
        }
        return row[13] == null ? TargetState.OPEN : TargetState.PAUSED;
    }

    private static boolean isTrue(Object bit) {
        return bit instanceof Boolean b ? b : ((Number) bit).intValue() != 0;
    }

    private static Instant toInstant(Object timestamp) {
        if (timestamp instanceof Timestamp t) {
            return t.toInstant();
        }
        if (timestamp instanceof LocalDateTime local) {
            return Timestamp.valueOf(local).toInstant();
        }
        return ((java.util.Date) timestamp).toInstant();
    }
}
