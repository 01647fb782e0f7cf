package com.pilotledger.app.policy;

import com.pilotledger.api.pilot.CommandRefusal;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.api.policy.PolicyVersionView;
import com.pilotledger.api.policy.ReadinessPolicyCommand;
import com.pilotledger.api.policy.ReadinessPolicyVersions;
import com.pilotledger.api.policy.WhatIfReport;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.pilot.DecisionReasonRequest;
import com.pilotledger.app.problem.CommandRefusedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;

/**
 * The readiness policy's versions: everyone signed in reads them, administrators propose and activate them (each an
 * event with who and why), and auditors, administrators, portfolio managers and executives ask what-if.
 */
@RestController
@Tag(name = "Readiness policy")
public class PolicyController {

    private final PolicyChanges changes;
    private final WhatIf whatIf;

    public PolicyController(PolicyChanges changes, WhatIf whatIf) {
        this.changes = changes;
        this.whatIf = whatIf;
    }

    @GetMapping("/api/policy/versions")
    @Operation(summary = "Every readiness policy version: rules, status, who proposed and activated it, why, when in force")
    public ReadinessPolicyVersions versions() {
        return changes.versions();
    }

    @GetMapping("/api/policy/versions/{version}")
    @Operation(summary = "One readiness policy version")
    public PolicyVersionView version(@PathVariable @Pattern(regexp = ReadinessPolicyCommand.VERSION_PATTERN,
            message = PolicyVersionName.WORDS) String version) {
        return view(version);
    }

    @PostMapping("/api/policy/versions")
    @Operation(summary = "Propose a readiness policy version (administrators); it is not in force until activated")
    public ResponseEntity<PolicyVersionView> propose(@Valid @RequestBody ProposePolicyRequest request,
                                                     CommandOrigin origin) {
        changes.propose(request.version(), request.rules(), request.reason(), origin);
        return ResponseEntity.created(URI.create("/api/policy/versions/" + request.version()))
                .body(view(request.version()));
    }

    @PostMapping("/api/policy/versions/{version}/activation")
    @Operation(summary = "Put a readiness policy version in force from now on (administrators); every pilot not "
            + "killed is reassessed under it")
    public PolicyVersionView activate(@PathVariable @Pattern(regexp = ReadinessPolicyCommand.VERSION_PATTERN,
                                              message = PolicyVersionName.WORDS) String version,
                                      @Valid @RequestBody DecisionReasonRequest request, CommandOrigin origin) {
        changes.activate(version, request.reason(), origin);
        return view(version);
    }

    @GetMapping("/api/policy/versions/{version}/what-if")
    @Operation(summary = "The portfolio's history under a version not in force: recommendations that would have "
            + "differed, authorizations that would have been overrides, pilots in another posture today (read-only)")
    public WhatIfReport whatIf(@PathVariable @Pattern(regexp = ReadinessPolicyCommand.VERSION_PATTERN,
            message = PolicyVersionName.WORDS) String version) {
        return whatIf.of(version);
    }

    private PolicyVersionView view(String version) {
        return changes.versions().versions().stream()
                .filter(view -> view.version().equals(version))
                .findFirst()
                .orElseThrow(() -> new CommandRefusedException(new CommandRefusal(ErrorCode.POLICY_VERSION_NOT_FOUND,
                        "No policy version " + version + " was proposed", Map.of("version", version))));
    }
}
