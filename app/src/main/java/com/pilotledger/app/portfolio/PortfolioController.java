package com.pilotledger.app.portfolio;

import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.portfolio.BoardFilter;
import com.pilotledger.api.portfolio.BoardSort;
import com.pilotledger.api.portfolio.FindPilotComparison;
import com.pilotledger.api.portfolio.FindPortfolioBoard;
import com.pilotledger.api.portfolio.PilotComparison;
import com.pilotledger.api.portfolio.PilotDetail;
import com.pilotledger.api.portfolio.PilotStatus;
import com.pilotledger.api.portfolio.PortfolioBoard;
import com.pilotledger.app.input.LineOfText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static com.pilotledger.api.input.FieldLimits.IDENTIFIER;
import static com.pilotledger.api.input.FieldLimits.NAME;

/** The portfolio as everyone signed in may read it: the board, one pilot, and chosen pilots side by side. */
@RestController
@Tag(name = "Portfolio")
public class PortfolioController {

    private final PortfolioReader reader;

    public PortfolioController(PortfolioReader reader) {
        this.reader = reader;
    }

    @GetMapping("/api/pilots")
    @Operation(summary = "The portfolio board: one page of pilots, filtered and sorted, with totals per posture")
    public PortfolioBoard board(@RequestParam(required = false) @LineOfText(max = NAME) String businessUnit,
                                @RequestParam(required = false) @LineOfText(max = NAME) String owner,
                                @RequestParam(required = false) Posture posture,
                                @RequestParam(required = false) PilotStatus status,
                                @RequestParam(required = false) Boolean divergent,
                                @RequestParam(required = false) @LineOfText(max = NAME) String q,
                                @RequestParam(defaultValue = "NAME") BoardSort sort,
                                @RequestParam(defaultValue = "asc") Direction direction,
                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return reader.board(new FindPortfolioBoard(
                new BoardFilter(businessUnit, owner, posture, status, divergent, q),
                sort, direction == Direction.desc, page, size));
    }

    @GetMapping("/api/pilots/{pilotId}")
    @Operation(summary = "One pilot: its case, recommendation, latest reading per domain and all decisions")
    public PilotDetail pilot(@PathVariable @LineOfText(max = IDENTIFIER) String pilotId) {
        return reader.pilot(pilotId);
    }

    @GetMapping("/api/comparison")
    @Operation(summary = "Two to six pilots side by side, domain by domain")
    public PilotComparison compare(@RequestParam @Size(min = 2, max = 6) List<@LineOfText(max = IDENTIFIER) String> pilotIds) {
        return reader.comparison(new FindPilotComparison(pilotIds));
    }

    /** Sort direction as written in a URL. */
    public enum Direction {
        asc, desc
    }
}
