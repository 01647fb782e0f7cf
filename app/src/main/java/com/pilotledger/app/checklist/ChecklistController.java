package com.pilotledger.app.checklist;

import com.pilotledger.api.checklist.ChecklistView;
import com.pilotledger.app.projection.ShownAt;
import com.pilotledger.app.input.LineOfText;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.portfolio.AsOfParameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static com.pilotledger.api.input.FieldLimits.IDENTIFIER;

/**
 * A pilot's readiness checklist: the six stabilization domains' three criteria each, as assessed. Assessing answers
 * with the checklist as the views show it after the command, so the caller reads its own write.
 */
@RestController
@RequestMapping("/api/pilots/{pilotId}/checklist")
@Tag(name = "Readiness checklist")
public class ChecklistController {

    private final ReadinessChecklists checklists;
    private final AsOfParameter instants;

    public ChecklistController(ReadinessChecklists checklists, AsOfParameter instants) {
        this.checklists = checklists;
        this.instants = instants;
    }

    @GetMapping
    @Operation(summary = "The pilot's readiness checklist: every item with its latest assessment, or none yet")
    public ChecklistView checklist(@PathVariable @LineOfText(max = IDENTIFIER) String pilotId,
                                   @RequestParam(required = false) @Parameter(description = "An instant or a date "
                                           + "(the end of that day, UTC) to answer as of; absent: now") String asOf) {
        return checklists.find(pilotId, instants.parse("asOf", asOf));
    }

    @PostMapping
    @Operation(summary = "Assess one checklist item Complete, Partially complete or Not started, with evidence "
            + "(pilot owners, portfolio managers); once a domain's three items are assessed, they give its reading")
    @ShownAt("/api/pilots/{pilotId}/checklist")
    public ChecklistView assess(@PathVariable @LineOfText(max = IDENTIFIER) String pilotId,
                                @Valid @RequestBody AssessChecklistItemRequest request, CommandOrigin origin) {
        checklists.assess(pilotId, request.criterion(), request.status(), request.evidence(), origin);
        return checklists.find(pilotId, null);
    }
}
