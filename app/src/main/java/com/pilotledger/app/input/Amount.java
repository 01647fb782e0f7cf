package com.pilotledger.app.input;

import com.pilotledger.api.input.FieldLimits;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Digits;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An amount of money the read models can hold exactly (NUMERIC(19, 2)). Null is valid. */
@Documented
@Constraint(validatedBy = {})
@Digits(integer = FieldLimits.MONEY_INTEGER_DIGITS, fraction = FieldLimits.MONEY_FRACTION_DIGITS, message = FieldMessages.MONEY_DIGITS)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Amount {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
