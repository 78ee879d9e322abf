package com.serviceportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Id lists that any database takes: none matches nothing, and no statement carries 2,100 parameters. */
class IdListTest {

    private static List<Long> ids(int count) {
        return LongStream.rangeClosed(1, count).boxed().toList();
    }

    @Test
    void noIdsMatchNothingRatherThanWritingAnEmptyIn() {
        List<Object> parameters = new ArrayList<>();
        assertEquals("1 = 0", IdList.sql("c.customer_id", Set.of(), parameters));
        assertEquals(List.of(), parameters);
        Map<String, Object> named = new HashMap<>();
        assertEquals("1 = 0", IdList.jpql("c.customer.id", List.of(), "ids", named));
        assertEquals(Map.of(), named);
        assertEquals(List.of(), IdList.slices(List.of()));
    }

    @Test
    void aFewIdsAreParameters() {
        List<Object> parameters = new ArrayList<>(List.of("before"));
        assertEquals("c.customer_id IN (?, ?, ?)", IdList.sql("c.customer_id", List.of(3L, 1L, 2L), parameters));
        assertEquals(List.of("before", 1L, 2L, 3L), parameters, "added after the statement's earlier ones, in order");
        Map<String, Object> named = new HashMap<>();
        assertEquals("c.customer.id IN :ids", IdList.jpql("c.customer.id", ids(1000), "ids", named));
        assertEquals(ids(1000), named.get("ids"));
    }

    @Test
    void moreIdsThanSqlServerTakesAreWrittenAsNumbers() {
        List<Object> parameters = new ArrayList<>();
        String sql = IdList.sql("c.customer_id", ids(2500), parameters);
        assertEquals(List.of(), parameters, "no parameter for 2,500 ids");
        assertTrue(sql.startsWith("c.customer_id IN (1, 2, 3, "), sql);
        assertTrue(sql.endsWith(", 2499, 2500)"), sql);
        assertFalse(sql.contains("?"));

        Map<String, Object> named = new HashMap<>();
        String jpql = IdList.jpql("c.customer.id", ids(2101), "ids", named);
        assertEquals(Map.of(), named);
        assertTrue(jpql.startsWith("SQL('CASE WHEN ? IN (1, 2, "), jpql);
        assertTrue(jpql.endsWith(", 2101) THEN 1 ELSE 0 END', c.customer.id) = 1"), jpql);
    }

    @Test
    void slicesKeepTheOrderAndHoldAThousandEach() {
        List<List<Long>> slices = IdList.slices(ids(2500));
        assertEquals(List.of(1000, 1000, 500), slices.stream().map(List::size).toList());
        assertEquals(ids(2500), slices.stream().flatMap(List::stream).toList());
        assertEquals(1, IdList.slices(ids(1000)).size());
    }
}
