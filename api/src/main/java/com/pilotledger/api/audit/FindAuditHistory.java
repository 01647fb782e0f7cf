package com.pilotledger.api.audit;

import java.time.Instant;

/**
 * Find one page (from 0) of the audit history in global event order. Pilot null means the whole portfolio; every
 * other null criterion matches all events; the time range is from inclusive, to exclusive, on the time basis given
 * (business time when null).
 */
public record FindAuditHistory(String pilotId, String eventType, String actor, Instant from, Instant to,
                               AuditTimeBasis timeBasis, int page, int size) {

    public FindAuditHistory {
        timeBasis = timeBasis == null ? AuditTimeBasis.BUSINESS : timeBasis;
    }
}
