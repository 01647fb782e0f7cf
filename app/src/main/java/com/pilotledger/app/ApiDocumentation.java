package com.pilotledger.app;

import com.pilotledger.app.idempotency.IdempotencyKeyInterceptor;
import com.pilotledger.app.pilot.CommandOrigin;
import com.pilotledger.app.problem.CorrelationIdFilter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Arrays;

/**
 * The OpenAPI document: HTTP Basic for every endpoint, and, on command endpoints, the headers a client may send in
 * place of the {@link CommandOrigin} that the server builds itself (and which is therefore not a parameter).
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    private static final String BASIC = "basic";
    private static final String IDEMPOTENCY_KEY = """
            A key of your choosing (1 to 128 letters, digits or . _ : -, optionally in double quotes) that makes a \
            retry safe. It is yours on this endpoint (method and path) only. The same key with the same request \
            (path, parameters and body) gets the first answer again (status, Location, body) without acting twice; \
            with a different request, 422 IDEMPOTENCY_KEY_REUSED; while the first request is still being processed, \
            409 IDEMPOTENCY_KEY_IN_FLIGHT. Answers 2xx and 4xx other than 409 are kept for 24 hours by default; \
            after a 409 or a 5xx the same key runs the request again.""";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CommandOrigin.class);
    }

    @Bean
    OpenAPI pilotLedgerApi() {
        return new OpenAPI()
                .info(new Info().title("Pilot Ledger API").version("v1").description(
                        "Capital authorization for AI pilots. Errors are RFC 9457 problem bodies with a stable `code`."))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    @Bean
    OperationCustomizer commandHeaders() {
        return (operation, handler) -> {
            boolean sendsCommand = !handler.hasMethodAnnotation(GetMapping.class) && Arrays.stream(
                    handler.getMethodParameters()).anyMatch(parameter -> parameter.getParameterType() == CommandOrigin.class);
            if (sendsCommand) {
                operation.addParametersItem(new HeaderParameter().name(IdempotencyKeyInterceptor.HEADER)
                        .description(IDEMPOTENCY_KEY).schema(new StringSchema().maxLength(130)
                                .pattern("^(" + IdempotencyKeyInterceptor.KEY_SYNTAX + ")$")));
                operation.addParametersItem(new HeaderParameter().name(CorrelationIdFilter.HEADER)
                        .description("Carried by every event this request causes; generated when absent")
                        .schema(new StringSchema()));
            }
            return operation;
        };
    }
}
