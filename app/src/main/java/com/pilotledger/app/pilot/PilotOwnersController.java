package com.pilotledger.app.pilot;

import com.pilotledger.api.portfolio.PilotDetail;
import com.pilotledger.app.input.LineOfText;
import com.pilotledger.app.input.SignInName;
import com.pilotledger.app.portfolio.PortfolioReader;
import com.pilotledger.app.projection.ShownAt;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static com.pilotledger.api.input.FieldLimits.IDENTIFIER;

/**
 * A pilot's owners, by sign-in name: the people who record its evidence. Both answer with the pilot as the views show
 * it after the command, its owners included; both may be repeated: the pilot already says so, and nothing is recorded.
 */
@RestController
@RequestMapping("/api/pilots/{pilotId}/owners/{username}")
@Tag(name = "Pilot commands")
public class PilotOwnersController {

    private final PilotOwnership ownership;
    private final PortfolioReader reader;

    public PilotOwnersController(PilotOwnership ownership, PortfolioReader reader) {
        this.ownership = ownership;
        this.reader = reader;
    }

    @PutMapping
    @Operation(summary = "Make a user an owner of the pilot: they record its evidence (portfolio managers)")
    @ShownAt("/api/pilots/{pilotId}")
    public PilotDetail assign(@PathVariable @LineOfText(max = IDENTIFIER) String pilotId,
                              @PathVariable @SignInName String username, CommandOrigin origin) {
        ownership.assign(pilotId, username, origin);
        return reader.pilot(pilotId);
    }

    @DeleteMapping
    @Operation(summary = "Remove a user from the pilot's owners (portfolio managers)")
    @ShownAt("/api/pilots/{pilotId}")
    public PilotDetail remove(@PathVariable @LineOfText(max = IDENTIFIER) String pilotId,
                              @PathVariable @SignInName String username, CommandOrigin origin) {
        ownership.remove(pilotId, username, origin);
        return reader.pilot(pilotId);
    }
}
