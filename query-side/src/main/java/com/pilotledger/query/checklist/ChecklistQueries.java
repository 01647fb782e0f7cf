package com.pilotledger.query.checklist;

import com.pilotledger.api.checklist.ChecklistCriterion;
import com.pilotledger.api.checklist.ChecklistItemView;
import com.pilotledger.api.checklist.ChecklistStatus;
import com.pilotledger.api.checklist.ChecklistView;
import com.pilotledger.api.checklist.FindReadinessChecklist;
import com.pilotledger.query.support.Sql;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers a pilot's readiness checklist, today or as of an instant: per item the last assessment in event order (as
 * of T, among those assessed by T), and the items never assessed as such. A pilot not registered (by T) is not found.
 */
@Component
public class ChecklistQueries {

    private final JdbcClient jdbc;

    public ChecklistQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public Optional<ChecklistView> find(FindReadinessChecklist query) {
        String by = query.asOf() == null ? "" : " AND %s <= ?";
        Object[] params = query.asOf() == null ? new Object[] {query.pilotId()}
                : new Object[] {query.pilotId(), Sql.timestamp(query.asOf())};
        long registered = jdbc.sql("SELECT COUNT(*) FROM pilot_case WHERE pilot_id = ?" + by.formatted("registered_at"))
                .params(params).query(Long.class).single();
        if (registered == 0) {
            return Optional.empty();
        }
        Map<ChecklistCriterion, ChecklistItemView> latest = new EnumMap<>(ChecklistCriterion.class);
        // Latest first: the first row met of an item is its assessment that counts.
        jdbc.sql("SELECT criterion, status, evidence, assessed_by, assessed_at FROM pilot_checklist_assessment "
                        + "WHERE pilot_id = ?" + by.formatted("assessed_at") + " ORDER BY event_position DESC")
                .params(params).query((ResultSet rs) -> {
                    ChecklistCriterion criterion = ChecklistCriterion.valueOf(rs.getString("criterion"));
                    latest.putIfAbsent(criterion, new ChecklistItemView(criterion, criterion.domain(),
                            criterion.words(), ChecklistStatus.valueOf(rs.getString("status")),
                            rs.getString("evidence"), rs.getString("assessed_by"), Sql.instant(rs, "assessed_at")));
                });
        List<ChecklistItemView> items = Arrays.stream(ChecklistCriterion.values())
                .map(criterion -> latest.getOrDefault(criterion, ChecklistItemView.unassessed(criterion)))
                .toList();
        return Optional.of(new ChecklistView(query.pilotId(), items));
    }
}
