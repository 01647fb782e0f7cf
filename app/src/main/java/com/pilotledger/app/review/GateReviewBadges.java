package com.pilotledger.app.review;

import com.pilotledger.api.portfolio.BoardRow;
import com.pilotledger.api.review.GateReviewStandings;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The gate review badges of the pilots on a board page, read in one query for the whole page. */
@Component
public class GateReviewBadges {

    private final GateReviewDesk desk;

    public GateReviewBadges(GateReviewDesk desk) {
        this.desk = desk;
    }

    /** By pilot id; today's standing (the gate review views keep no history), so a past board shows none. */
    public Map<String, GateReviewBadge> of(List<BoardRow> rows) {
        GateReviewStandings standings = desk.standings(rows.stream().map(BoardRow::pilotId).toList());
        return rows.stream().collect(Collectors.toMap(BoardRow::pilotId,
                row -> GateReviewBadge.of(row, standings.of(row.pilotId())), (one, other) -> one));
    }

    public static Map<String, GateReviewBadge> none() {
        return Map.of();
    }
}
