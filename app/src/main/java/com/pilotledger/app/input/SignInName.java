package com.pilotledger.app.input;

import com.pilotledger.api.input.FieldLimits;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A user's sign-in name, as the ledger records it as the actor of every command: 1 to {@link FieldLimits#USERNAME}
 * letters, digits or {@code . _ @ -}. Null is valid: whether a field is required is said next to it.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "[A-Za-z0-9._@-]{1," + FieldLimits.USERNAME + "}", message = SignInName.WORDS)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SignInName {

    String WORDS = "must be a user name: 1 to 100 letters, digits or . _ @ -";

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
