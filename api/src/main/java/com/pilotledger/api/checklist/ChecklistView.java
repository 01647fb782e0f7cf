package com.pilotledger.api.checklist;

import com.pilotledger.api.pilot.ReadinessLevel;
import com.pilotledger.api.pilot.StabilizationDomain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A pilot's readiness checklist: all eighteen items in the article's order, each with its latest assessment. */
public record ChecklistView(String pilotId, List<ChecklistItemView> items) {

    public ChecklistView {
        items = List.copyOf(items);
    }

    /** The items of one domain. */
    public List<ChecklistItemView> itemsOf(StabilizationDomain domain) {
        return items.stream().filter(item -> item.domain() == domain).toList();
    }

    /** What the domain's checklist reads ({@link ChecklistReading}); empty while one of its items is unassessed. */
    public Optional<ReadinessLevel> readingOf(StabilizationDomain domain) {
        Map<ChecklistCriterion, ChecklistStatus> statuses = new EnumMap<>(ChecklistCriterion.class);
        items.stream().filter(item -> item.status() != null)
                .forEach(item -> statuses.put(item.criterion(), item.status()));
        return ChecklistReading.of(domain, statuses);
    }

    /** No item is Not started or unassessed: policy version 2's CHECKLIST_STARTED holds. */
    public boolean started() {
        return items.stream().allMatch(item -> item.status() != null && item.status() != ChecklistStatus.NOT_STARTED);
    }
}
