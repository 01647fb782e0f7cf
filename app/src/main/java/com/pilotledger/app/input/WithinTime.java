package com.pilotledger.app.input;

import com.pilotledger.api.input.FieldLimits;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

/**
 * An instant the ledger can keep and compare: from {@link FieldLimits#EARLIEST} (1970) to the year 9999. Java's
 * Instant reaches a billion years either way; the database's timestamps do not. Null is valid.
 */
@Documented
@Constraint(validatedBy = WithinTime.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface WithinTime {

    String message() default "must be between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WithinTime, Instant> {

        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return value == null || FieldLimits.isWithinTime(value);
        }
    }
}
