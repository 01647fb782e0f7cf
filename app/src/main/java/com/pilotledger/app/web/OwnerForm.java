package com.pilotledger.app.web;

import com.pilotledger.app.input.SignInName;
import jakarta.validation.constraints.NotBlank;

/** The sign-in name of a person to make an owner of the pilot (the limits of the API's path). */
public record OwnerForm(
        @NotBlank(message = "Enter the sign-in name of the pilot owner") @SignInName String pilotOwner) {

    static OwnerForm empty() {
        return new OwnerForm(null);
    }
}
