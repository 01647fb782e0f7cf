package com.pilotledger.app.input;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.TypeFilter;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form and request of the application, sent empty, is refused in words that say what to do ("Enter the
 * evidence"), never in the validator's own ("must not be null"), and with no message key left unresolved.
 */
class FieldMessagesTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void anEmptyFormOrRequestIsRefusedInWordsThatSayWhatToDo() throws Exception {
        List<String> messages = new ArrayList<>();
        for (Class<?> record : records()) {
            Object empty = empty(record);
            for (ConstraintViolation<Object> violation : validator.validate(empty)) {
                messages.add(record.getSimpleName() + "." + violation.getPropertyPath() + ": " + violation.getMessage());
            }
        }

        assertThat(messages).as("the forms and requests are found").hasSizeGreaterThan(20)
                .contains("RegisterPilotForm.name: Enter the name of the pilot")
                .noneMatch(message -> message.matches(".*: must not be (null|blank|empty)"))
                .noneMatch(message -> message.contains("{"));
    }

    @Test
    void aRequiredFieldWithoutWordsOfItsOwnSaysToFillItIn() {
        record Unnamed(@jakarta.validation.constraints.NotNull String value,
                       @jakarta.validation.constraints.NotBlank String text) {
        }

        assertThat(validator.validate(new Unnamed(null, " "))).extracting(ConstraintViolation::getMessage)
                .containsOnly("Fill in this field");
    }

    /** The records of the application that carry Bean Validation constraints: forms, requests, settings. */
    private static List<Class<?>> records() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        TypeFilter isRecord = (reader, factory) -> "java.lang.Record".equals(
                reader.getClassMetadata().getSuperClassName());
        scanner.addIncludeFilter(isRecord);
        List<Class<?>> records = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("com.pilotledger.app")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            boolean ofTheApplication = !type.getProtectionDomain().getCodeSource().getLocation().getPath()
                    .contains("test-classes");
            if (ofTheApplication && Arrays.stream(type.getDeclaredFields())
                    .anyMatch(field -> field.getAnnotations().length > 0)) {
                records.add(type);
            }
        }
        return records;
    }

    /** The record with every component absent: null, or zero and false for primitives. */
    private static Object empty(Class<?> record) throws ReflectiveOperationException {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = Arrays.stream(types).map(FieldMessagesTest::absent).toArray();
        Constructor<?> constructor = record.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return constructor.newInstance(values);
    }

    private static Object absent(Class<?> type) {
        return type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0) : null;
    }
}
