package com.pilotledger.api.portfolio;

import java.time.Instant;

/**
 * Find one page of the portfolio board (pages count from 0), filtered and sorted, as it stood at an instant (asOf;
 * null: today).
 */
public record FindPortfolioBoard(BoardFilter filter, BoardSort sort, boolean descending, int page, int size,
                                 Instant asOf) {

    /** Today's board. */
    public FindPortfolioBoard(BoardFilter filter, BoardSort sort, boolean descending, int page, int size) {
        this(filter, sort, descending, page, size, null);
    }
}
