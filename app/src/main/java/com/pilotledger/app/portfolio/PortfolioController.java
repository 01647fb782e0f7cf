package com.pilotledger.app.portfolio;

import com.pilotledger.api.pilot.Posture;
import com.pilotledger.api.portfolio.BoardFilter;
import com.pilotledger.api.portfolio.BoardSort;
import com.pilotledger.api.portfolio.FindPilotComparison;
import com.pilotledger.api.portfolio.FindPilotDetail;
import com.pilotledger.api.portfolio.FindPortfolioBoard;
import com.pilotledger.api.portfolio.PilotComparison;
import com.pilotledger.api.portfolio.PilotDetail;
import com.pilotledger.api.portfolio.PilotStatus;
import com.pilotledger.api.portfolio.PortfolioBoard;
import com.pilotledger.app.input.LineOfText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

import java.security.Principal;
import java.util.List;

import static com.pilotledger.api.input.FieldLimits.IDENTIFIER;
import static com.pilotledger.api.input.FieldLimits.NAME;

/**
 * The portfolio as everyone signed in may read it: the board, one pilot, and chosen pilots side by side; each today or
 * as it stood at an instant ({@code asOf}), a pilot's readings also as the ledger knew them on a day ({@code knownOn}).
 */
@RestController
@Tag(name = "Portfolio")
public class PortfolioController {

    private static final String AS_OF = "An instant (2026-02-10T12:00:00Z) or a date (2026-02-10: the end of that "
            + "day, UTC) to answer as of; absent or in the future: now";

    private final PortfolioReader reader;
    private final AsOfParameter instants;
    private final ConditionalViews conditional;

    public PortfolioController(PortfolioReader reader, AsOfParameter instants, ConditionalViews conditional) {
        this.reader = reader;
        this.instants = instants;
        this.conditional = conditional;
    }

    @GetMapping("/api/pilots")
    @Operation(summary = "The portfolio board: one page of pilots, filtered and sorted, with totals per posture")
    public PortfolioBoard board(@RequestParam(required = false) @LineOfText(max = NAME) String businessUnit,
                                @RequestParam(required = false) @Parameter(description = "The operational owner named at "
                                        + "registration") @LineOfText(max = NAME) String owner,
                                @RequestParam(required = false) Posture posture,
                                @RequestParam(required = false) PilotStatus status,
                                @RequestParam(required = false) Boolean divergent,
                                @RequestParam(required = false) @LineOfText(max = NAME) String q,
                                @RequestParam(defaultValue = "false") @Parameter(description = "Only the pilots the "
                                        + "signed-in user owns, as a pilot owner (my pilots)") boolean mine,
                                @RequestParam(defaultValue = "NAME") BoardSort sort,
                                @RequestParam(defaultValue = "asc") Direction direction,
                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
                                @RequestParam(required = false) @Parameter(description = AS_OF) String asOf,
                                Principal user, ServletWebRequest request) {
        if (conditional.unchanged(request)) {
            return null;
        }
        return reader.board(new FindPortfolioBoard(
                new BoardFilter(businessUnit, owner, posture, status, divergent, q, mine ? user.getName() : null),
                sort, direction == Direction.desc, page, size, instants.parse("asOf", asOf)));
    }

    @GetMapping("/api/pilots/{pilotId}")
    @Operation(summary = "One pilot: its case, recommendation, the reading that counts per domain, all decisions and "
            + "the history of its readings with both times; as of an instant, and as known on a day")
    public PilotDetail pilot(@PathVariable @LineOfText(max = IDENTIFIER) String pilotId,
                             @RequestParam(required = false) @Parameter(description = AS_OF) String asOf,
                             @RequestParam(required = false) @Parameter(description = "Readings as the ledger knew "
                                     + "them on this instant or day (recorded by then); absent: as known now")
                             String knownOn, ServletWebRequest request) {
        if (conditional.unchanged(request)) {
            return null;
        }
        return reader.pilot(new FindPilotDetail(pilotId, instants.parse("asOf", asOf),
                instants.parse("knownOn", knownOn)));
    }

    @GetMapping("/api/comparison")
    @Operation(summary = "Two to six pilots side by side, domain by domain")
    public PilotComparison compare(@RequestParam @Size(min = 2, max = 6) List<@LineOfText(max = IDENTIFIER) String> pilotIds,
                                   @RequestParam(required = false) @Parameter(description = AS_OF) String asOf) {
        return reader.comparison(new FindPilotComparison(pilotIds, instants.parse("asOf", asOf)));
    }

    /** Sort direction as written in a URL. */
    public enum Direction {
        asc, desc
    }
}
