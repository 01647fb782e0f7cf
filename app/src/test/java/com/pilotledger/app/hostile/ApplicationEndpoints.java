package com.pilotledger.app.hostile;

import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ElementDescriptor;
import jakarta.validation.metadata.MethodDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What the running application answers, read from its handler mapping and its validation constraints, not copied:
 * an endpoint added later is fuzzed (or the suite fails for want of a caller for it), and a limit changed in the code
 * moves the generated lengths with it.
 */
record ApplicationEndpoints(List<WriteEndpoint> writes, Map<String, Set<String>> methodsByPattern) {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    static ApplicationEndpoints of(RequestMappingHandlerMapping mapping, Validator validator) {
        List<WriteEndpoint> writes = new ArrayList<>();
        Map<String, Set<String>> methodsByPattern = new TreeMap<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("com.pilotledger")) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/login")) {
                    // where Spring Security forwards a throttled sign-in: no input of its own, and no write
                    continue;
                }
                for (String method : methods(info)) {
                    methodsByPattern.computeIfAbsent(pattern, any -> new TreeSet<>()).add(method);
                    if (!READS.contains(method)) {
                        writes.add(endpoint(method, pattern, handler, validator));
                    }
                }
            }
        });
        writes.sort(Comparator.comparing(WriteEndpoint::pattern).thenComparing(WriteEndpoint::method));
        return new ApplicationEndpoints(List.copyOf(writes), methodsByPattern);
    }

    List<WriteEndpoint> api() {
        return writes.stream().filter(WriteEndpoint::isApi).toList();
    }

    List<WriteEndpoint> pages() {
        return writes.stream().filter(endpoint -> !endpoint.isApi()).toList();
    }

    private static List<String> methods(RequestMappingInfo info) {
        Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
        return declared.stream().map(RequestMethod::name).sorted().toList();
    }

    private static WriteEndpoint endpoint(String method, String pattern, HandlerMethod handler, Validator validator) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return new WriteEndpoint(method, pattern, WriteEndpoint.Encoding.JSON, fields(type, "", validator));
            }
            if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
                return new WriteEndpoint(method, pattern, WriteEndpoint.Encoding.FORM, fields(type, "", validator));
            }
        }
        List<InputField> query = queryParameters(handler, validator);
        return new WriteEndpoint(method, pattern,
                query.isEmpty() ? WriteEndpoint.Encoding.NONE : WriteEndpoint.Encoding.QUERY, query);
    }

    /** The fields of a request record, nested records included, with the constraints Bean Validation reports. */
    private static List<InputField> fields(Class<?> type, String prefix, Validator validator) {
        List<InputField> fields = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (Map.class.isAssignableFrom(component.getType())) {
                // An optional map (a registration's thresholds by metric) is left out of the storm: its keys are
                // values, not fields to spoil one at a time; the API's slice and end-to-end tests refuse its bad forms.
                continue;
            }
            PropertyDescriptor property = validator.getConstraintsForClass(type)
                    .getConstraintsForProperty(component.getName());
            boolean collection = Collection.class.isAssignableFrom(component.getType());
            Class<?> declared = collection ? elementType(component) : component.getType();
            InputField field = collection ? many(field(prefix + component.getName(), declared, property))
                    : field(prefix + component.getName(), declared, property);
            fields.add(field);
            // A required list of objects (a batch's points) is sent with one element, reached as points[0].value; an
            // optional one (a scale decision's KPI projections) is sent whole or not at all, since its elements only
            // make sense with the rest of the request (projections belong to Authorize Deployment alone).
            if (field.isObject() && (!collection || field.required())) {
                fields.addAll(fields(declared, field.path() + (collection ? "[0]." : "."), validator));
            }
        }
        return fields;
    }

    /** A set of values (the domains a policy version gates on) is sent as an array of valid values. */
    private static InputField many(InputField element) {
        return new InputField(element.path(), element.type(), element.required(), element.maxLength(),
                element.minimum(), element.maximum(), true);
    }

    private static Class<?> elementType(RecordComponent component) {
        return (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
    }

    private static List<InputField> queryParameters(HandlerMethod handler, Validator validator) {
        MethodDescriptor method = validator.getConstraintsForClass(handler.getBeanType()).getConstraintsForMethod(
                handler.getMethod().getName(), handler.getMethod().getParameterTypes());
        List<InputField> fields = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
            if (annotation != null) {
                String name = annotation.name().isEmpty() ? parameter.getParameterName() : annotation.name();
                ElementDescriptor descriptor = method == null ? null
                        : method.getParameterDescriptors().get(parameter.getParameterIndex());
                InputField field = field(name, parameter.getParameterType(), descriptor);
                fields.add(new InputField(field.path(), field.type(), field.required() || annotation.required(),
                        field.maxLength(), field.minimum(), field.maximum()));
            }
        }
        return fields;
    }

    private static InputField field(String path, Class<?> type, ElementDescriptor descriptor) {
        List<ConstraintDescriptor<?>> constraints = descriptor == null ? List.of()
                : descriptor.getConstraintDescriptors().stream().flatMap(ApplicationEndpoints::withComposing).toList();
        boolean required = type.isPrimitive() || constraints.stream().map(c -> c.getAnnotation().annotationType())
                .anyMatch(annotation -> annotation == NotNull.class || annotation == NotBlank.class
                        || annotation == NotEmpty.class);
        OptionalInt max = constraints.stream()
                .map(constraint -> constraint.getAttributes().get("max"))
                .flatMap(value -> value instanceof Integer limit ? Stream.of(limit) : Stream.empty())
                .mapToInt(Integer::intValue).min();
        return new InputField(path, type, required, max, bound(constraints, Min.class), bound(constraints, Max.class));
    }

    private static OptionalLong bound(List<ConstraintDescriptor<?>> constraints, Class<?> annotation) {
        return constraints.stream().filter(constraint -> constraint.getAnnotation().annotationType() == annotation)
                .mapToLong(constraint -> (Long) constraint.getAttributes().get("value")).findFirst();
    }

    /** A constraint and those it is composed of: a house-made {@code @Text} built on {@code @Size} still counts. */
    private static Stream<ConstraintDescriptor<?>> withComposing(ConstraintDescriptor<?> constraint) {
        return Stream.concat(Stream.of(constraint),
                constraint.getComposingConstraints().stream().flatMap(ApplicationEndpoints::withComposing));
    }

    WriteEndpoint endpoint(String method, String pattern) {
        return writes.stream().filter(endpoint -> endpoint.method().equals(method) && endpoint.pattern().equals(pattern))
                .findFirst().orElseThrow(() -> new IllegalStateException("No write endpoint " + method + " " + pattern));
    }
}
