package com.pilotledger.api.audit;

import java.util.List;

/** One page of the audit history, with the number of matching events. */
public record AuditHistory(List<AuditEntry> entries, int page, int size, long totalEntries) {
}
