package com.pilotledger.app.evidence;

import com.pilotledger.api.pilot.LatestObservation;
import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;
import com.pilotledger.verifier.EventRow;
import com.pilotledger.verifier.PackManifest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The pack's {@code summary.html}, written as the events are read: one section per decision in the pack's scope
 * (an authorization, a pause, a kill, an approval or a rejection of a capital request) with who decided, when, what,
 * under which authority, and the readings on record for the pilot at that moment: the latest observation of each
 * domain (ties to the later event), as the readiness policy counts them. Everything comes from the stored
 * payloads, every text HTML-escaped. Memory grows with the pilots (six readings each), not with the events.
 */
final class DecisionSummary {

    private static final String STYLE = "body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:1rem auto;"
            + "padding:0 1rem;color:#1b2430}section{border:1px solid #d5dbe3;border-left:4px solid #1f5fa8;"
            + "border-radius:4px;padding:.5rem 1rem;margin:0 0 1rem}dt{font-weight:600}dd{margin:0 0 .4rem 1rem}"
            + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #d5dbe3;padding:.3rem .5rem;"
            + "text-align:left;vertical-align:top}.meta{color:#5b6775}";

    private final Writer out;
    private final ObjectReader payloads;
    private final Map<String, String> pilotNames = new HashMap<>();
    private final Map<String, Map<String, Reading>> readings = new HashMap<>();
    private long decisions;

    DecisionSummary(Writer out, JsonMapper json) {
        this.out = out;
        // Amounts exactly as stored: never through a double.
        this.payloads = json.readerFor(JsonNode.class).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    void start(PackManifest manifest, String verification) {
        write("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Pilot Ledger evidence: "
                + text(manifest.scope()) + "</title><style>" + STYLE + "</style></head>\n<body>\n<main>\n"
                + "<h1>Pilot Ledger evidence: " + text(manifest.scope()) + "</h1>\n"
                + "<p class=\"meta\">Made at " + text(manifest.createdAt().toString()) + " by "
                + text(manifest.createdBy()) + ": " + manifest.events() + " events, " + manifest.seals()
                + " seals, " + manifest.checkpoints() + " signed checkpoints.</p>\n"
                + "<p><strong>" + text(verification) + "</strong> This summary is for reading; what is proven is"
                + " events.jsonl, verified against your copy of the public key:"
                + " <code>java -jar pilot-ledger-verifier.jar --pack THIS.zip --public-key KEY.pem</code></p>\n");
    }

    /** Reads the next event in global order; decisions in scope get a section, readings are remembered for later. */
    void accept(EventRow event, boolean inScope) {
        String type = simpleName(event.payloadType());
        if (!type.equals("PilotRegistered") && !type.equals("SignalRecorded") && !inScope) {
            return;
        }
        JsonNode payload;
        try {
            payload = event.payload() == null ? null : payloads.readValue(event.payload());
        } catch (JacksonException e) {
            payload = null;
        }
        if (payload == null || !payload.isObject()) {
            if (inScope && isDecision(type)) {
                section(event, type, "(payload unreadable)");
                write("<p>The stored payload of this decision is not readable JSON.</p>\n</section>\n");
            }
            return;
        }
        String pilotId = field(payload, "pilotId");
        switch (type) {
            case "PilotRegistered" -> pilotNames.put(pilotId, field(payload, "name"));
            case "SignalRecorded" -> remember(pilotId, payload, event.globalIndex());
            case "InvestmentAuthorized" -> authorized(event, payload);
            case "PilotPaused" -> decision(event, type, payload, "decidedBy", "decidedAt", null, "reason",
                    "Paused from", "pausedFrom");
            case "PilotKilled" -> decision(event, type, payload, "decidedBy", "decidedAt", null, "reason", null, null);
            case "CapitalRequestApproved" -> decision(event, type, payload, "approvedBy", "approvedAt",
                    "approverAuthority", null, null, null);
            case "CapitalRequestRejected" -> decision(event, type, payload, "rejectedBy", "rejectedAt",
                    "rejecterAuthority", "reason", "Released", "released");
            default -> {
            }
        }
    }

    void finish() {
        write((decisions == 0 ? "<p>No decision in this pack.</p>\n" : "") + "</main>\n</body>\n</html>\n");
    }

    private void authorized(EventRow event, JsonNode payload) {
        section(event, "Investment authorized", pilotOf(payload));
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Decided by", field(payload, "decidedBy"));
        rows.put("Decided at", field(payload, "decidedAt"));
        rows.put("Posture", label(Posture.class, field(payload, "posture")) + " (recommended: "
                + label(Posture.class, field(payload, "recommendedPosture")) + ")");
        rows.put("Capital", money(payload.get("capital")));
        rows.put("Decider's authority", authority(payload.get("deciderAuthority")));
        rows.put("Approved by", field(payload, "approvedBy") == null ? "no second approval needed"
                : field(payload, "approvedBy"));
        rows.put("Approver's authority", authority(payload.get("approverAuthority")));
        rows.put("Override", payload.path("override").asBoolean()
                ? "yes: " + field(payload, "overrideJustification") : "no");
        rows.put("Scope", field(payload, "scope"));
        rows.put("Conditions", field(payload, "conditions"));
        rows.put("Rationale", field(payload, "rationale"));
        rows.put("Request", field(payload, "requestId"));
        details(rows);
        readingsOnRecord(field(payload, "pilotId"));
        write("</section>\n");
    }

    private void decision(EventRow event, String type, JsonNode payload, String by, String at, String authority,
                          String reason, String label, String value) {
        section(event, words(type.replaceAll("([a-z])([A-Z])", "$1_$2")), pilotOf(payload));
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Decided by", field(payload, by));
        rows.put("Decided at", field(payload, at));
        if (authority != null) {
            rows.put("Authority", authority(payload.get(authority)));
        }
        if (reason != null) {
            rows.put("Reason", field(payload, reason));
        }
        if (label != null) {
            JsonNode node = payload.get(value);
            rows.put(label, node != null && node.isObject() ? money(node) : label(Posture.class, field(payload, value)));
        }
        if (payload.has("requestId")) {
            rows.put("Request", field(payload, "requestId"));
        }
        details(rows);
        readingsOnRecord(field(payload, "pilotId"));
        write("</section>\n");
    }

    private void section(EventRow event, String title, String pilot) {
        decisions++;
        write("<section id=\"event-" + event.globalIndex() + "\">\n<h2>" + text(title) + ": " + text(pilot)
                + "</h2>\n<p class=\"meta\">Event " + event.globalIndex() + " (" + text(event.eventId())
                + ") of events.jsonl</p>\n");
    }

    private void details(Map<String, String> rows) {
        StringBuilder html = new StringBuilder("<dl>\n");
        rows.forEach((label, value) -> html.append("<dt>").append(text(label)).append("</dt><dd>")
                .append(text(value == null ? "(none)" : value)).append("</dd>\n"));
        write(html.append("</dl>\n").toString());
    }

    private void readingsOnRecord(String pilotId) {
        Map<String, Reading> latest = readings.getOrDefault(pilotId, Map.of());
        if (latest.isEmpty()) {
            write("<h3>Readings on record</h3>\n<p>No reading was on record for this pilot.</p>\n");
            return;
        }
        StringBuilder html = new StringBuilder("<h3>Readings on record</h3>\n<table>\n<thead><tr><th scope=\"col\">"
                + "Domain</th><th scope=\"col\">Level</th><th scope=\"col\">Evidence</th><th scope=\"col\">Metric</th>"
                + "<th scope=\"col\">Observed</th><th scope=\"col\">Recorded by</th><th scope=\"col\">Event</th>"
                + "</tr></thead>\n<tbody>\n");
        new TreeMap<>(latest).forEach((domain, reading) -> html.append("<tr><td>")
                .append(text(label(StabilizationDomain.class, domain))).append("</td><td>")
                .append(text(label(ReadinessLevel.class, reading.level()))).append("</td><td>")
                .append(text(reading.evidence())).append(reading.source() == null ? ""
                        : " <span class=\"meta\">(" + text(reading.source()) + ")</span>")
                .append("</td><td>").append(text(reading.metric())).append("</td><td>")
                .append(text(reading.observedAt())).append("</td><td>").append(text(reading.recordedBy()))
                .append("</td><td>").append(reading.globalIndex()).append("</td></tr>\n"));
        write(html.append("</tbody>\n</table>\n").toString());
    }

    /** The latest observation of a domain counts; an older one entered late stays in the history only. */
    private void remember(String pilotId, JsonNode payload, long globalIndex) {
        Reading reading = new Reading(field(payload, "level"), field(payload, "evidence"), field(payload, "source"),
                metric(payload.get("metric")), field(payload, "observedAt"), field(payload, "recordedAt"),
                field(payload, "recordedBy"), globalIndex);
        String domain = field(payload, "domain");
        if (pilotId == null || domain == null) {
            return;
        }
        readings.computeIfAbsent(pilotId, id -> new HashMap<>()).merge(domain, reading,
                (held, next) -> next.supersedes(held) ? next : held);
    }

    private String pilotOf(JsonNode payload) {
        String pilotId = field(payload, "pilotId");
        String name = pilotNames.get(pilotId);
        return name == null ? "pilot " + pilotId : name + " (pilot " + pilotId + ")";
    }

    private static String authority(JsonNode authority) {
        if (authority == null || !authority.isObject()) {
            return null;
        }
        JsonNode holder = authority.path("holder");
        return words(field(holder, "kind")) + " " + field(holder, "name") + ", limit " + money(authority.get("limit"));
    }

    private static String money(JsonNode money) {
        if (money == null || !money.isObject()) {
            return null;
        }
        JsonNode amount = money.get("amount");
        String figure = amount != null && amount.isNumber() ? plain(amount.decimalValue()) : field(money, "amount");
        return figure + " " + field(money, "currency");
    }

    private static String metric(JsonNode metric) {
        if (metric == null || !metric.isObject()) {
            return null;
        }
        JsonNode value = metric.get("value");
        return field(metric, "name") + ": " + (value != null && value.isNumber() ? plain(value.decimalValue())
                : field(metric, "value")) + " " + field(metric, "unit");
    }

    private static String plain(BigDecimal amount) {
        return amount.toPlainString();
    }

    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** A posture, domain or level by the words on screen; a name no longer (or never) in the enumeration as stored. */
    private static <E extends Enum<E>> String label(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            E constant = Enum.valueOf(type, name);
            return constant instanceof Posture posture ? posture.label()
                    : constant instanceof StabilizationDomain domain ? domain.label()
                    : ((ReadinessLevel) constant).label();
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    /** {@code HOLDER_KIND} as "Holder kind", the way people write it. */
    private static String words(String constant) {
        if (constant == null) {
            return null;
        }
        String lower = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static boolean isDecision(String type) {
        return switch (type) {
            case "InvestmentAuthorized", "PilotPaused", "PilotKilled", "CapitalRequestApproved",
                 "CapitalRequestRejected" -> true;
            default -> false;
        };
    }

    private static String simpleName(String payloadType) {
        return payloadType == null ? "" : payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }

    private static String text(String value) {
        return value == null ? "" : htmlEscape(value, "UTF-8");
    }

    private void write(String html) {
        try {
            out.write(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Reading(String level, String evidence, String source, String metric, String observedAt,
                           String recordedAt, String recordedBy, long globalIndex) {

        /**
         * Whether this reading, later in the store than {@code held}, takes its place: the latest observation counts,
         * ties to the later event ({@link LatestObservation}); a reading stored without an observation time counts as
         * observed when recorded, and one whose time cannot be read never displaces a readable one.
         */
        boolean supersedes(Reading held) {
            Instant observed = countingTime();
            Instant heldObserved = held.countingTime();
            if (observed == null || heldObserved == null) {
                return heldObserved == null;
            }
            return LatestObservation.supersedes(observed, heldObserved);
        }

        private Instant countingTime() {
            String time = observedAt != null ? observedAt : recordedAt;
            try {
                return time == null ? null : Instant.parse(time);
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
