package com.pilotledger.app.notification;

import com.pilotledger.api.capital.CapitalRequestApproved;
import com.pilotledger.api.capital.CapitalRequestExpired;
import com.pilotledger.api.capital.CapitalRequestRejected;
import com.pilotledger.api.capital.CapitalReserved;
import com.pilotledger.api.capital.InvestmentRequestView;
import com.pilotledger.api.metric.MetricThresholdBreached;
import com.pilotledger.api.money.Money;
import com.pilotledger.api.pilot.PostureRecommendationChanged;
import com.pilotledger.api.portfolio.PilotDetail;
import com.pilotledger.api.review.GateReviewConvened;
import com.pilotledger.app.notification.UserDirectory.Person;
import com.pilotledger.app.portfolio.PortfolioReader;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns the events people should hear about into notifications in the outbox. It runs in a streaming processor of
 * its own ({@link #GROUP}), which reads only committed events: a decision rolled back never notifies anyone. Its
 * rows commit with its token, and each is keyed by the event, so an event handled again adds nothing; an event whose
 * notification cannot be built is parked in the group's dead-letter queue while the others go on. It never replays
 * history: a reset would notify everyone of the past again, so its processor starts at the head of the store.
 */
@Component
@DisallowReplay
@ProcessingGroup(NotificationPolicy.GROUP)
public class NotificationPolicy {

    public static final String GROUP = "notifications";

    private final NotificationRecipients recipients;
    private final NotificationFanout fanout;
    private final PortfolioReader reader;
    private final NotificationSettings settings;

    NotificationPolicy(NotificationRecipients recipients, NotificationFanout fanout, PortfolioReader reader,
                       NotificationSettings settings) {
        this.recipients = recipients;
        this.fanout = fanout;
        this.reader = reader;
        this.settings = settings;
    }

    /**
     * A request that needs a second approval: its checkers hear of it now, and again the reminder's lead time before
     * it expires (the dispatcher sends the reminder only if it is still waiting then).
     */
    @EventHandler
    void on(CapitalReserved event, @MessageIdentifier String eventId) {
        if (!event.secondApprovalRequired()) {
            return;
        }
        String name = pilotName(event.pilotId());
        List<Person> checkers = recipients.checkers(event.total(), event.maker());
        Map<String, String> details = Map.of("posture", event.posture().name(), "requestedBy", event.maker(),
                "expiresAt", String.valueOf(event.expiresAt()));
        fanout.send(eventId, new Notification(NotificationKind.APPROVAL_AWAITED, event.reservedAt(), event.pilotId(),
                name, event.requestId(), event.total(), "/approvals", event.maker() + " asks to authorize "
                + event.posture().label() + " with " + amount(event.total()) + " for " + name
                + "; a second approval is needed", details, usernames(checkers)), checkers);
        if (event.expiresAt() != null) {
            Instant leadTime = event.expiresAt().minus(settings.expiryReminder());
            Instant remindAt = leadTime.isBefore(event.reservedAt()) ? event.reservedAt() : leadTime;
            fanout.sendAt(eventId, new Notification(NotificationKind.REQUEST_EXPIRING, remindAt, event.pilotId(), name,
                    event.requestId(), event.total(), "/approvals", "The request of " + event.maker() + " to authorize "
                    + event.posture().label() + " for " + name + " expires at " + event.expiresAt()
                    + " unless someone decides it", details, usernames(checkers)), checkers, remindAt);
        }
    }

    @EventHandler
    void on(CapitalRequestApproved event, @MessageIdentifier String eventId) {
        decided(eventId, event.requestId(), "APPROVED", event.approvedBy(), event.approvedAt(),
                "approved by " + event.approvedBy());
    }

    @EventHandler
    void on(CapitalRequestRejected event, @MessageIdentifier String eventId) {
        decided(eventId, event.requestId(), "REJECTED", event.rejectedBy(), event.rejectedAt(),
                "rejected by " + event.rejectedBy());
    }

    @EventHandler
    void on(CapitalRequestExpired event, @MessageIdentifier String eventId) {
        decided(eventId, event.requestId(), "EXPIRED", null, event.expiredAt(),
                "expired: nobody decided it within the approval window");
    }

    /**
     * A pilot is recommended another posture. A new pilot's first recommendation is no change, nor is the same posture
     * for other reasons (another deciding domain, a new policy version).
     */
    @EventHandler
    void on(PostureRecommendationChanged event, @MessageIdentifier String eventId) {
        if (event.previous() == null || event.previous() == event.recommended()) {
            return;
        }
        String name = pilotName(event.pilotId());
        List<Person> watchers = recipients.watchersOf(event.pilotId());
        Map<String, String> details = new LinkedHashMap<>();
        details.put("recommended", event.recommended().name());
        details.put("previous", event.previous().name());
        details.put("policyVersion", event.policyVersion());
        fanout.send(eventId, new Notification(NotificationKind.RECOMMENDATION_CHANGED, event.changedAt(),
                event.pilotId(), name, null, null, pilotPage(event.pilotId()), "The readiness policy now recommends "
                + event.recommended().label() + " for " + name + " (was " + event.previous().label() + ")", details,
                usernames(watchers)), watchers);
    }

    @EventHandler
    void on(MetricThresholdBreached event, @MessageIdentifier String eventId) {
        String name = pilotName(event.pilotId());
        List<Person> watchers = recipients.watchersOf(event.pilotId());
        Map<String, String> details = Map.of("metric", event.metric().name(), "breach", event.kind().name(),
                "value", event.value().toPlainString(), "limit", event.limit().toPlainString(),
                "observedAt", event.observedAt().toString());
        fanout.send(eventId, new Notification(NotificationKind.METRIC_THRESHOLD_BREACHED, event.detectedAt(),
                event.pilotId(), name, null, null, pilotPage(event.pilotId()), event.metric().label() + " of " + name
                + " " + event.kind().words() + ": " + event.value().toPlainString() + " (limit "
                + event.limit().toPlainString() + ")", details, usernames(watchers)), watchers);
    }

    /** The people named in the stakeholder roles hear that their assessments are awaited. */
    @EventHandler
    void on(GateReviewConvened event, @MessageIdentifier String eventId) {
        String name = pilotName(event.pilotId());
        Map<String, String> details = new LinkedHashMap<>();
        details.put("reviewId", event.reviewId());
        new TreeMap<>(event.participants()).forEach((role, person) -> details.put(role.name(), person));
        List<String> assessors = event.participants().values().stream().distinct().sorted().toList();
        fanout.send(eventId, new Notification(NotificationKind.GATE_REVIEW_ASSIGNED, event.convenedAt(),
                event.pilotId(), name, null, null, pilotPage(event.pilotId()), event.convenedBy()
                + " convened a gate review of " + name + "; each stakeholder role assesses the five scale-readiness "
                + "signals: " + new TreeMap<>(event.participants()).entrySet().stream()
                .map(role -> role.getKey().label() + " " + role.getValue()).collect(Collectors.joining(", ")),
                details, assessors), recipients.named(assessors));
    }

    /** The maker of a request hears how a checker, or the approval window, decided it. */
    private void decided(String eventId, String requestId, String outcome, String decidedBy, Instant decidedAt,
                         String how) {
        InvestmentRequestView request = reader.request(requestId).orElseThrow(() ->
                new NotificationNotBuildableException("Request " + requestId + " is not in the views yet"));
        Map<String, String> details = new LinkedHashMap<>();
        details.put("outcome", outcome);
        details.put("posture", request.posture().name());
        if (decidedBy != null) {
            details.put("decidedBy", decidedBy);
        }
        fanout.send(eventId, new Notification(NotificationKind.REQUEST_DECIDED, decidedAt, request.pilotId(),
                request.pilotName(), requestId, request.total(), pilotPage(request.pilotId()), "Your request to "
                + "authorize " + request.posture().label() + " with " + amount(request.total()) + " for "
                + request.pilotName() + " was " + how, details, List.of(request.maker())),
                recipients.named(List.of(request.maker())));
    }

    private String pilotName(String pilotId) {
        return reader.findPilot(pilotId).map(PilotDetail::summary).map(summary -> summary.name()).orElseThrow(() ->
                new NotificationNotBuildableException("Pilot " + pilotId + " is not in the views yet"));
    }

    private static String pilotPage(String pilotId) {
        return "/pilots/" + pilotId;
    }

    private static String amount(Money money) {
        return money.currency() + " " + money.amount().toPlainString();
    }

    private static List<String> usernames(List<Person> people) {
        return people.stream().map(Person::username).toList();
    }
}
