package com.pilotledger.app.audit;

import java.util.List;

/** One page of the audit history as the API returns it. */
public record AuditHistoryResponse(List<AuditEntryResponse> entries, int page, int size, long totalEntries) {
}
