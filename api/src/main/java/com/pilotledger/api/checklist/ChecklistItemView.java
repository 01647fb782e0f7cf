package com.pilotledger.api.checklist;

import com.pilotledger.api.pilot.StabilizationDomain;

import java.time.Instant;

/**
 * One checklist item with its latest assessment; status, evidence, assessedBy and assessedAt are null while the item
 * was never assessed (which counts as Not started).
 */
public record ChecklistItemView(ChecklistCriterion criterion, StabilizationDomain domain, String words,
                                ChecklistStatus status, String evidence, String assessedBy, Instant assessedAt) {

    /** An item nobody has assessed yet. */
    public static ChecklistItemView unassessed(ChecklistCriterion criterion) {
        return new ChecklistItemView(criterion, criterion.domain(), criterion.words(), null, null, null, null);
    }
}
