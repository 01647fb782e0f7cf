package com.pilotledger.api.pilot;

/** Stable codes for refused commands; clients may rely on them, so a code is never renamed. */
public enum ErrorCode {
    PILOT_NOT_FOUND,
    PILOT_ALREADY_REGISTERED,
    PILOT_KILLED,
    PILOT_ALREADY_PAUSED,
    CAPITAL_NOT_POSITIVE,
    CURRENCY_MISMATCH,
    POSTURE_NOT_AUTHORIZABLE,
    RATIONALE_REQUIRED,
    OVERRIDE_JUSTIFICATION_REQUIRED,
    REASON_REQUIRED,
    EVIDENCE_REQUIRED,
    CONCURRENT_MODIFICATION,
    AUTHORIZATION_PENDING,
    INSUFFICIENT_CAPITAL,
    BUDGET_NOT_SET,
    BUDGET_BELOW_COMMITMENTS,
    AUTHORITY_LIMIT_EXCEEDED,
    SELF_APPROVAL_NOT_ALLOWED,
    REQUEST_NOT_PENDING,
    REQUEST_NOT_FOUND,
    INVALID_DECISION_RIGHTS,
    /** An Idempotency-Key used again, by the same user on the same endpoint, for a different request. */
    IDEMPOTENCY_KEY_REUSED,
    /** The first request with this Idempotency-Key is still being processed. */
    IDEMPOTENCY_KEY_IN_FLIGHT,
    /** A retry named no parked event (unknown processing group, or nothing parked in that sequence). */
    DEAD_LETTER_NOT_FOUND,
    /** The views are being rebuilt from the event store; what they hold now is partial. */
    VIEWS_REBUILDING,
    /** A readiness policy version of that name was already proposed; versions are never redefined. */
    POLICY_VERSION_EXISTS,
    /** No readiness policy version of that name was proposed. */
    POLICY_VERSION_NOT_FOUND,
    /** The readiness policy version is already in force. */
    POLICY_VERSION_ALREADY_ACTIVE,
    /** A policy version's name or rules are not usable, or its activation would take effect in the past. */
    INVALID_POLICY,
    /**
     * A batch of production metric points is empty or too large, or a point names no metric, lies outside its unit's
     * range, or was observed in the future or too long ago.
     */
    INVALID_METRIC_POINTS,
    /** KPI projections only on a scale decision (Authorize Deployment), one per metric, within the metric's range. */
    INVALID_KPI_PROJECTION,
    /** The pilot has no 90-day review due (none scheduled, not yet due, or already completed). */
    NINETY_DAY_REVIEW_NOT_DUE,
    /** The pilot never had a scale decision, so it has no 90-day review. */
    NINETY_DAY_REVIEW_NOT_FOUND,
    /** A production metric's thresholds lie outside its unit or out of order for its direction. */
    INVALID_METRIC_THRESHOLDS,
    /** A measurable kill criterion is incomplete, outside what its metric measures, or one too many. */
    INVALID_KILL_CRITERION,
    /** A gate review of the pilot is already open: conclude it before convening another. */
    GATE_REVIEW_ALREADY_OPEN,
    /** No open gate review of the pilot has that id (never convened, or already concluded). */
    GATE_REVIEW_NOT_OPEN,
    /** A gate review names a person in each of the five stakeholder roles. */
    STAKEHOLDER_ROLE_UNNAMED,
    /** A role's assessment gives each of the five scale-readiness signals exactly once, with evidence. */
    SIGNAL_ASSESSMENT_INCOMPLETE,
    /** A gate review without the operational lead's assessment cannot conclude. */
    OPERATIONAL_LEAD_NOT_ASSESSED,
    /** Each Conditional signal needs one gap-closure plan (what, owner, due date, investment), and only those. */
    GAP_CLOSURE_PLAN_REQUIRED,
    /** No open gap-closure plan of the pilot has that id (never planned, or already completed). */
    GAP_CLOSURE_PLAN_NOT_FOUND,
    /** The application backs up only its embedded store; PostgreSQL is backed up with pg_dump. */
    ONLINE_BACKUP_UNAVAILABLE,
    /** The events live in Axon Server, over which the application keeps no sealed log: nothing to verify or pack. */
    SEALED_LOG_NOT_KEPT,
    /** A pilot owner records evidence (signals, checklist, metric points, gap closure) only for the pilots they own. */
    NOT_PILOT_OWNER
}
