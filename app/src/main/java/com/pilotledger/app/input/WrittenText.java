package com.pilotledger.app.input;

import com.pilotledger.api.input.FieldLimits;
import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Written text (evidence, a reason, a rationale): at most {@code max} characters, line breaks and tabs but no
 * other control character. Each part is reported on its own, in words. Null is valid: whether a field is
 * required is said next to it.
 */
@Documented
@Constraint(validatedBy = {})
@Size(message = FieldMessages.TOO_LONG)
@MultiLine
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface WrittenText {

    @OverridesAttribute(constraint = Size.class, name = "max")
    int max() default FieldLimits.WRITTEN_TEXT;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
