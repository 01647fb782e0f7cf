package com.pilotledger.api.portfolio;

import java.util.List;

/** One page of the portfolio board, with the number of matching pilots and totals per posture over all of them. */
public record PortfolioBoard(List<BoardRow> rows, int page, int size, long totalPilots, List<PostureTotal> totals) {
}
