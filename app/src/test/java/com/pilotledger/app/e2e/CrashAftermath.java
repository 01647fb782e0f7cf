package com.pilotledger.app.e2e;

import com.pilotledger.app.e2e.CommandJournal.Entry;
import com.pilotledger.app.e2e.CommandJournal.Kind;
import com.pilotledger.app.e2e.StoredRecord.Event;
import com.pilotledger.app.e2e.StoredRecord.Token;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.pilotledger.app.e2e.Amounts.exact;

/**
 * The record at rest after the crashes, held against what the clients were told and against itself: every
 * acknowledged command is in the event store once, every request reached an end (or genuinely waits for its
 * approval), the capital adds up in the events and in the views, and every processor stands at the head of the store,
 * claimed by the running instance. Each discrepancy is a finding in words; none means the record held.
 */
final class CrashAftermath {

    /** The event each kind of client command appends, and its field that names the command's key. */
    private static final Map<Kind, String> COMMAND_EVENT = Map.of(Kind.REGISTRATION, "PilotRegistered",
            Kind.SIGNAL, "SignalRecorded", Kind.AUTHORIZATION, "InvestmentAuthorizationRequested");
    private static final Map<String, String> MARKED_FIELD = Map.of("PilotRegistered", "name",
            "SignalRecorded", "evidence", "InvestmentAuthorizationRequested", "rationale");
    private static final Pattern MARK = Pattern.compile("\\[([^\\]]+)]");
    /** The events of one request that may each happen at most once. */
    private static final Set<String> ONCE_PER_REQUEST = Set.of("InvestmentAuthorizationRequested", "CapitalReserved",
            "CapitalRequestApproved", "CapitalRequestRejected", "CapitalRequestExpired", "InvestmentAuthorized",
            "CapitalCommitted", "CapitalReservationReleased", "InvestmentRequestClosed");
    /** The events after which a reservation no longer holds capital. */
    private static final Set<String> RESERVATION_ENDED = Set.of("CapitalCommitted", "CapitalReservationReleased",
            "CapitalRequestRejected", "CapitalRequestExpired");
    private static final Set<String> OPEN_STATUSES = Set.of("REQUESTED", "RESERVED", "AWAITING_APPROVAL", "APPROVED");

    private final CommandJournal journal;
    private final StoredRecord stored;
    private final Set<String> deadOwners;
    private final Instant now;
    private final List<String> findings = new ArrayList<>();
    private final Map<String, List<Event>> byRequest = new LinkedHashMap<>();
    private final Set<String> awaitingApproval = new TreeSet<>();

    CrashAftermath(CommandJournal journal, StoredRecord stored, Collection<String> deadOwners, Instant now) {
        this.journal = journal;
        this.stored = stored;
        this.deadOwners = Set.copyOf(deadOwners);
        this.now = now;
        stored.events().stream().filter(event -> event.requestId() != null)
                .forEach(event -> byRequest.computeIfAbsent(event.requestId(), id -> new ArrayList<>()).add(event));
        byRequest.entrySet().removeIf(request -> request.getValue().stream()
                .noneMatch(event -> event.type().equals("InvestmentAuthorizationRequested")));
    }

    /** Checks everything; capital and board are the views' answers ({@code /api/capital}, {@code /api/pilots}). */
    List<String> findings(JsonNode capital, JsonNode boardRows) {
        clientAnswers();
        requestLifecycles();
        acknowledgedCommands();
        capital(capital, boardRows);
        requestView();
        processors();
        return findings;
    }

    int requests() {
        return byRequest.size();
    }

    Set<String> awaitingApproval() {
        return awaitingApproval;
    }

    /** Every command got an answer; none was a server error; the only refusal expected is an empty pool. */
    private void clientAnswers() {
        for (Entry entry : journal.entries()) {
            boolean expectedRefusal = entry.kind() == Kind.AUTHORIZATION && entry.status() == 409
                    && "INSUFFICIENT_CAPITAL".equals(entry.code());
            if (entry.status() == 0 || entry.status() >= 500 || entry.status() >= 400 && !expectedRefusal) {
                findings.add("unexpected answer: " + entry.describe() + (approvalStored(entry)
                        ? ", though this approval is in the store: a retry of it was not recognised" : ""));
            }
            // 202: the approval was taken while the views lagged; its client follows the request to its decision.
            if (entry.kind() == Kind.APPROVAL && entry.status() == 200 && !"AUTHORIZED".equals(entry.requestStatus())) {
                findings.add("approval acknowledged without the request authorized: " + entry.describe());
            }
        }
        journal.undecided().forEach(request -> findings.add("answered 202 and never decided: request " + request));
    }

    private boolean approvalStored(Entry entry) {
        return entry.kind() == Kind.APPROVAL && byRequest.getOrDefault(entry.requestId(), List.of()).stream()
                .anyMatch(event -> event.type().equals("CapitalRequestApproved")
                        && entry.user().equals(event.payload().path("approvedBy").asString()));
    }

    /** Each request happened once and reached an end: authorized and committed, closed, or genuinely awaiting. */
    private void requestLifecycles() {
        byRequest.forEach((requestId, events) -> {
            Map<String, Long> counts = events.stream().collect(Collectors.groupingBy(Event::type, Collectors.counting()));
            counts.forEach((type, count) -> {
                if (count > 1 && ONCE_PER_REQUEST.contains(type)) {
                    findings.add("request " + requestId + ": " + type + " appended " + count + " times");
                }
            });
            boolean authorized = counts.containsKey("InvestmentAuthorized");
            boolean committed = counts.containsKey("CapitalCommitted");
            boolean closed = counts.containsKey("InvestmentRequestClosed");
            if (authorized && closed) {
                findings.add("request " + requestId + ": both authorized and closed " + types(events));
            }
            if (authorized && counts.containsKey("CapitalReservationReleased")) {
                findings.add("request " + requestId + ": authorized, yet its reservation was released " + types(events));
            }
            if (authorized && !committed) {
                findings.add("request " + requestId + ": authorized, capital never committed " + types(events));
            }
            if (!(authorized && committed) && !closed) {
                if (genuinelyAwaitingApproval(events, counts)) {
                    awaitingApproval.add(requestId);
                } else {
                    findings.add("request " + requestId + " stuck: " + types(events));
                }
            }
        });
    }

    private boolean genuinelyAwaitingApproval(List<Event> events, Map<String, Long> counts) {
        return events.stream().filter(event -> event.type().equals("CapitalReserved")).findFirst()
                .filter(reserved -> reserved.payload().path("secondApprovalRequired").asBoolean())
                .filter(reserved -> Instant.parse(reserved.payload().path("expiresAt").asString()).isAfter(now))
                .isPresent()
                && counts.keySet().stream().noneMatch(type -> RESERVATION_ENDED.contains(type)
                || type.equals("CapitalRequestApproved") || type.equals("InvestmentAuthorized"));
    }

    /** Acknowledged means stored once; a command the client gave up on may be stored at most once. */
    private void acknowledgedCommands() {
        Map<String, List<Event>> byKey = new HashMap<>();
        for (Event event : stored.events()) {
            if (MARKED_FIELD.containsKey(event.type())) {
                Matcher mark = MARK.matcher(event.payload().path(MARKED_FIELD.get(event.type())).asString(""));
                if (mark.find()) {
                    byKey.computeIfAbsent(event.type() + " " + mark.group(1), key -> new ArrayList<>()).add(event);
                }
            }
        }
        for (Entry entry : journal.entries()) {
            if (entry.kind() == Kind.APPROVAL) {
                approval(entry);
                continue;
            }
            List<Event> stored = byKey.getOrDefault(COMMAND_EVENT.get(entry.kind()) + " " + entry.key(), List.of());
            if (stored.size() > 1) {
                findings.add("duplicated: " + stored.size() + " " + COMMAND_EVENT.get(entry.kind()) + " for "
                        + entry.describe());
            }
            if (entry.acknowledged() && stored.isEmpty()) {
                findings.add("lost: no " + COMMAND_EVENT.get(entry.kind()) + " for " + entry.describe());
            }
            if (entry.kind() == Kind.AUTHORIZATION && entry.status() == 200 && !stored.isEmpty()) {
                String requestId = stored.get(0).requestId();
                requireCommitted(requestId, entry);
            }
        }
    }

    private void approval(Entry entry) {
        List<Event> events = byRequest.getOrDefault(entry.requestId(), List.of());
        long approvals = events.stream().filter(event -> event.type().equals("CapitalRequestApproved")).count();
        if (entry.acknowledged() && approvals == 0) {
            findings.add("lost: no CapitalRequestApproved for " + entry.describe());
        }
        if (entry.acknowledged() && "AUTHORIZED".equals(entry.requestStatus())) {
            requireCommitted(entry.requestId(), entry);
        }
    }

    private void requireCommitted(String requestId, Entry entry) {
        List<Event> events = byRequest.getOrDefault(requestId, List.of());
        if (events.stream().noneMatch(event -> event.type().equals("CapitalCommitted"))) {
            findings.add("answered authorized, capital never committed: request " + requestId + " "
                    + types(events) + " for " + entry.describe());
        }
    }

    /**
     * Committed capital per pilot is its latest authorization, in the events and in the views; the pool's reserved
     * capital is what the open requests hold.
     */
    private void capital(JsonNode capital, JsonNode boardRows) {
        Map<String, BigDecimal> authorized = latest("InvestmentAuthorized", "/capital/amount");
        Map<String, BigDecimal> committed = latest("CapitalCommitted", "/total/amount");
        for (String pilot : union(authorized.keySet(), committed.keySet())) {
            if (!same(authorized.get(pilot), committed.get(pilot))) {
                findings.add("pilot " + pilot + ": authorized " + authorized.get(pilot) + " but committed "
                        + committed.get(pilot) + " in the events");
            }
        }
        BigDecimal authorizedTotal = sum(authorized.values());
        BigDecimal viewCommitted = exact(capital.at("/committed/amount"));
        if (authorizedTotal.compareTo(viewCommitted) != 0) {
            findings.add("capital view: committed " + viewCommitted + " but the live pilots' authorizations add up to "
                    + authorizedTotal);
        }
        BigDecimal openReservations = sum(byRequest.values().stream()
                .filter(events -> events.stream().anyMatch(event -> event.type().equals("CapitalReserved")))
                .filter(events -> events.stream().noneMatch(event -> RESERVATION_ENDED.contains(event.type())))
                .map(events -> events.stream().filter(event -> event.type().equals("CapitalReserved")).findFirst()
                        .orElseThrow().payload().at("/reserved/amount").decimalValue())
                .toList());
        BigDecimal viewReserved = exact(capital.at("/reserved/amount"));
        if (openReservations.compareTo(viewReserved) != 0) {
            findings.add("capital view: reserved " + viewReserved + " but the open requests hold " + openReservations);
        }
        for (JsonNode row : boardRows) {
            String pilot = row.path("pilotId").asString();
            BigDecimal shown = exact(row.at("/capitalCommitted/amount"));
            if (!same(authorized.getOrDefault(pilot, BigDecimal.ZERO), shown)) {
                findings.add("board: pilot " + pilot + " shows " + shown + " committed, authorized "
                        + authorized.get(pilot));
            }
        }
    }

    /** The requests' view shows open only what is genuinely awaiting approval. */
    private void requestView() {
        byRequest.keySet().forEach(requestId -> {
            StoredRecord.RequestRow row = stored.requestRows().get(requestId);
            if (row == null) {
                findings.add("requests view: request " + requestId + " missing");
            } else if (OPEN_STATUSES.contains(row.status()) && !awaitingApproval.contains(requestId)) {
                findings.add("requests view: request " + requestId + " still " + row.status() + " "
                        + types(byRequest.get(requestId)));
            }
        });
    }

    /**
     * Every segment of every processor has processed the store's head and is claimed by the running instance (not by
     * a killed one); the only sagas left are those of requests awaiting approval.
     */
    private void processors() {
        long head = stored.head();
        Set<String> owners = new TreeSet<>();
        for (Token token : stored.tokens()) {
            if (token.index() < head) {
                findings.add("processor " + token.processor() + " segment " + token.segment() + " stuck at "
                        + token.index() + ", head " + head + " (" + token.type() + ", owner " + token.owner() + ")");
            }
            if (token.owner() == null || deadOwners.contains(token.owner())) {
                findings.add("processor " + token.processor() + " segment " + token.segment() + " claimed by "
                        + (token.owner() == null ? "nobody" : "a killed instance, " + token.owner()));
            } else {
                owners.add(token.owner());
            }
        }
        if (owners.size() > 1) {
            findings.add("segments claimed by " + owners.size() + " owners, one instance runs: " + owners);
        }
        if (stored.openSagas() != awaitingApproval.size()) {
            findings.add(stored.openSagas() + " authorization processes still open, " + awaitingApproval.size()
                    + " request(s) awaiting approval");
        }
    }

    /** The amount of each pilot's latest event of a type (the store is read in global order). */
    private Map<String, BigDecimal> latest(String type, String amount) {
        Map<String, BigDecimal> latest = new HashMap<>();
        stored.events().stream().filter(event -> event.type().equals(type))
                .forEach(event -> latest.put(event.pilotId(), event.payload().at(amount).decimalValue()));
        return latest;
    }

    private static String types(List<Event> events) {
        return events.stream().map(Event::type).collect(Collectors.joining(" → ", "[", "]"));
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> union = new TreeSet<>(first);
        union.addAll(second);
        return union;
    }

    private static boolean same(BigDecimal first, BigDecimal second) {
        return first == null ? second == null : second != null && first.compareTo(second) == 0;
    }

    private static BigDecimal sum(Collection<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
