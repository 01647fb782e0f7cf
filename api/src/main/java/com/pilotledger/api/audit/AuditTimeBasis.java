package com.pilotledger.api.audit;

/** Which time of an event an audit time range filters on: when it happened in the business, or when it was recorded. */
public enum AuditTimeBasis {
    /** The event's own instant: a reading's observation, a decision, a request, a change of rights. */
    BUSINESS,
    /** When the event store recorded the event. */
    RECORDED
}
