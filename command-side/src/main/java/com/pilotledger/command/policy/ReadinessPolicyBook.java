package com.pilotledger.command.policy;

import com.pilotledger.api.audit.AuditMetaData;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.policy.ActivateReadinessPolicy;
import com.pilotledger.api.policy.ProposeReadinessPolicy;
import com.pilotledger.api.policy.ReadinessPolicyActivated;
import com.pilotledger.api.policy.ReadinessPolicyCommand;
import com.pilotledger.api.policy.ReadinessPolicyProposed;
import com.pilotledger.command.rule.RuleViolation;
import com.pilotledger.command.rule.Verdict;
import com.pilotledger.command.rule.WrittenReasonRule;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The readiness policy's versions: administrators propose a version (its rules, who and why) and activate it. A
 * version is never redefined, and takes effect from its activation, never in the past, so every recorded
 * recommendation keeps naming the version that was really in force. One book per ledger; its stream holds only
 * these decisions, so it needs no snapshot. Until the first event, v1 is in force and the book has no events.
 */
@Aggregate
class ReadinessPolicyBook {

    @AggregateIdentifier
    private String bookId;
    private final ReadinessPolicyHistory history = new ReadinessPolicyHistory();

    ReadinessPolicyBook() {
        // required by Axon to rebuild the book from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ProposeReadinessPolicy command, @MetaDataValue(AuditMetaData.ACTOR) String actor) {
        Verdict.firstRefusal(PolicyVersionRule.validName(command.version()),
                PolicyVersionRule.validRules(command.rules()),
                WrittenReasonRule.require(command.reason(), ErrorCode.REASON_REQUIRED, "A reason")).orRefuse();
        if (history.knows(command.version())) {
            throw new RuleViolation(ErrorCode.POLICY_VERSION_EXISTS, "Policy version " + command.version()
                    + " exists already; propose a new version instead", Map.of("version", command.version()));
        }
        apply(new ReadinessPolicyProposed(command.version(), command.rules(), actor, command.reason(),
                command.proposedAt()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ActivateReadinessPolicy command, @MetaDataValue(AuditMetaData.ACTOR) String actor) {
        WrittenReasonRule.require(command.reason(), ErrorCode.REASON_REQUIRED, "A reason").orRefuse();
        if (!history.knows(command.version())) {
            throw new RuleViolation(ErrorCode.POLICY_VERSION_NOT_FOUND, "No policy version " + command.version()
                    + " was proposed", Map.of("version", String.valueOf(command.version())));
        }
        if (command.version().equals(history.activeVersion())) {
            throw new RuleViolation(ErrorCode.POLICY_VERSION_ALREADY_ACTIVE, "Policy version " + command.version()
                    + " is already in force", Map.of("version", command.version()));
        }
        Instant activeSince = history.activeSince();
        if (activeSince != null && command.activatedAt().isBefore(activeSince)) {
            throw new RuleViolation(ErrorCode.INVALID_POLICY, "A policy version cannot take effect before "
                    + activeSince + ", when the version in force took effect", Map.of("activeSince",
                    activeSince.toString()));
        }
        apply(new ReadinessPolicyActivated(command.version(), history.activeVersion(), command.activatedAt(), actor,
                command.reason()));
    }

    @EventSourcingHandler
    void on(ReadinessPolicyProposed event) {
        bookId = ReadinessPolicyCommand.BOOK;
        history.record(event);
    }

    @EventSourcingHandler
    void on(ReadinessPolicyActivated event) {
        bookId = ReadinessPolicyCommand.BOOK;
        history.record(event);
    }
}
