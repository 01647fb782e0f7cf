package com.pilotledger.app.decision;

import com.pilotledger.api.decision.DecisionContext;
import com.pilotledger.app.input.LineOfText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static com.pilotledger.api.input.FieldLimits.IDENTIFIER;

/** What the decider saw: the state each decision about a pilot was taken on, replayed from the event store. */
@RestController
@Tag(name = "Audit")
public class DecisionContextController {

    private final DecisionContexts contexts;

    public DecisionContextController(DecisionContexts contexts) {
        this.contexts = contexts;
    }

    @GetMapping("/api/pilots/{pilotId}/decisions/context")
    @Operation(summary = "Every decision about one pilot, in order, with the readings, recommendation, capital and "
            + "decision rights its decider saw")
    public List<DecisionContext> ofPilot(@PathVariable @LineOfText(max = IDENTIFIER) String pilotId) {
        return contexts.ofPilot(pilotId);
    }

    @GetMapping("/api/audit/decisions/{globalIndex}/context")
    @Operation(summary = "The decision recorded at this global index, with what its decider saw")
    public DecisionContext at(@PathVariable @Min(1) long globalIndex) {
        return contexts.at(globalIndex);
    }
}
