package com.pilotledger.app.pilot;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The business case of a pilot as a portfolio manager registers it. */
public record RegisterPilotRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String businessUnit,
        @NotBlank @Size(max = 200) String sponsor,
        @NotBlank @Size(max = 200) String operationalOwner,
        @NotBlank @Size(max = 4000) String problemStatement,
        @NotBlank @Size(max = 1000) String baselineMetric,
        @NotBlank @Size(max = 1000) String targetMetric,
        @NotNull @Valid MoneyRequest requestedCapital,
        @NotBlank @Size(max = 4000) String killCriteria) {
}
