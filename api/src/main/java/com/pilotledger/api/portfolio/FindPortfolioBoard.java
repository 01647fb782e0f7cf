package com.pilotledger.api.portfolio;

/** Find one page of the portfolio board (pages count from 0), filtered and sorted. */
public record FindPortfolioBoard(BoardFilter filter, BoardSort sort, boolean descending, int page, int size) {
}
