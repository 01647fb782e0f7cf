package com.pilotledger.app;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What {@code /api} answers: where the API is described and every endpoint it has, read from the handler mappings
 * themselves so that the list cannot drift from the code. Public, like the OpenAPI document it points to.
 */
@RestController
@Tag(name = "Index")
public class ApiIndex {

    private static final String API = "/api";

    private final RequestMappingHandlerMapping mappings;

    public ApiIndex(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    /** The index: how to sign in, where errors and amounts are described, and each endpoint with what it does. */
    public record Index(String title, String authentication, String swaggerUi, String openApiDocument,
                        String errors, String amounts, List<Endpoint> endpoints) {
    }

    /** One endpoint: its method, its path (with {placeholders}) and what it does. */
    public record Endpoint(String method, String path, String summary) {
    }

    @GetMapping(API)
    @Operation(summary = "This index of the API: its documentation and every endpoint")
    public Index index() {
        return new Index("Pilot Ledger API",
                "HTTP Basic with a configured user; what each role may do is listed in the README",
                "/swagger-ui.html", "/v3/api-docs",
                "every error is an RFC 9457 problem (application/problem+json) with a stable code",
                "money is {\"amount\": \"1200000.00\", \"currency\": \"USD\"}: the amount an exact decimal string",
                endpoints());
    }

    private List<Endpoint> endpoints() {
        return mappings.getHandlerMethods().entrySet().stream()
                .flatMap(mapping -> endpoints(mapping.getKey(), mapping.getValue()))
                .filter(endpoint -> endpoint.path().startsWith(API + "/"))
                .sorted(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method))
                .toList();
    }

    private static Stream<Endpoint> endpoints(RequestMappingInfo info, HandlerMethod handler) {
        Operation operation = handler.getMethodAnnotation(Operation.class);
        String summary = operation == null ? "" : operation.summary();
        return info.getPatternValues().stream().flatMap(path -> info.getMethodsCondition().getMethods().stream()
                .map(method -> new Endpoint(method.name(), path, summary)));
    }
}
