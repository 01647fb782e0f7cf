package com.pilotledger.query.audit;

import com.pilotledger.api.audit.AuditEntry;
import com.pilotledger.api.audit.AuditHistory;
import com.pilotledger.api.audit.AuditTimeBasis;
import com.pilotledger.api.audit.FindAuditHistory;
import com.pilotledger.query.support.Sql;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers the audit history of one pilot or of the whole portfolio, in global event order; a time range filters on
 * business time or on recording time ({@code occurred_at}).
 */
@Component
public class AuditQueries {

    private final JdbcClient jdbc;

    public AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public AuditHistory find(FindAuditHistory query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> conditions = new ArrayList<>();
        addCondition(conditions, params, "pilot_id = :pilotId", "pilotId", query.pilotId());
        addCondition(conditions, params, "event_type = :eventType", "eventType", query.eventType());
        addCondition(conditions, params, "actor = :actor", "actor", query.actor());
        String time = query.timeBasis() == AuditTimeBasis.RECORDED ? "occurred_at" : "business_time";
        addCondition(conditions, params, time + " >= :from", "from", Sql.timestamp(query.from()));
        addCondition(conditions, params, time + " < :to", "to", Sql.timestamp(query.to()));
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        List<AuditEntry> entries = jdbc.sql("SELECT * FROM audit_entry" + where + " ORDER BY global_index"
                        + Sql.page(query.page(), query.size()))
                .paramSource(params).query((rs, n) -> new AuditEntry(rs.getLong("global_index"),
                        rs.getString("event_id"), rs.getString("pilot_id"), rs.getString("event_type"),
                        rs.getString("actor"), rs.getString("correlation_id"), Sql.instant(rs, "business_time"),
                        Sql.instant(rs, "occurred_at"), rs.getString("summary"), rs.getString("payload")))
                .list();
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where).paramSource(params).query(Long.class)
                .single();
        return new AuditHistory(entries, query.page(), query.size(), total);
    }

    private static void addCondition(List<String> conditions, MapSqlParameterSource params, String condition,
                                     String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.addValue(name, value);
        }
    }
}
