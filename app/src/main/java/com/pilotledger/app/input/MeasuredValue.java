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

/** A measured metric value the read models can hold exactly (NUMERIC(19, 4)). Null is valid. */
@Documented
@Constraint(validatedBy = {})
@Digits(integer = FieldLimits.METRIC_INTEGER_DIGITS, fraction = FieldLimits.METRIC_FRACTION_DIGITS, message = FieldMessages.METRIC_DIGITS)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MeasuredValue {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
