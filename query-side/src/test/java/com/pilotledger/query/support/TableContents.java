package com.pilotledger.query.support;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every row of some read-model tables, each table in its key's order: two snapshots are equal exactly when the tables
 * hold the same rows, so a test compares a redelivery, a batch or a replay with the rows written one event at a time.
 */
public final class TableContents {

    private TableContents() {
    }

    /** Table name to its ordering columns (its key). */
    public static Map<String, List<Map<String, Object>>> of(JdbcTemplate jdbc, Map<String, String> tablesByKey) {
        Map<String, List<Map<String, Object>>> contents = new LinkedHashMap<>();
        tablesByKey.forEach((table, key) -> contents.put(table,
                jdbc.queryForList("SELECT * FROM " + table + " ORDER BY " + key)));
        return contents;
    }
}
