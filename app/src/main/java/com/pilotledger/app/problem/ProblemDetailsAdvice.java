package com.pilotledger.app.problem;

import com.pilotledger.api.pilot.CommandRefusal;
import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.app.axon.AxonServerOutage;
import com.pilotledger.app.backup.OnlineBackupUnavailableException;
import com.pilotledger.app.deadletter.DeadLetterNotFoundException;
import com.pilotledger.app.decision.DecisionNotFoundException;
import com.pilotledger.app.integrity.NoCheckpointYetException;
import com.pilotledger.app.integrity.SealedLogNotKeptException;
import com.pilotledger.app.projection.ViewsRebuildingException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every error of the API as an RFC 9457 problem body: 400 naming the fields for invalid input, 404 for an unknown
 * pilot, 409/422 with a stable {@code code} for a refused command. Never a stack trace; a 500 only for a fault of
 * ours, and then without detail but with the correlation id to find it in the log. Applies to the API's controllers;
 * the web pages answer in pages.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(CommandExecutionException exception) {
        return exception.<CommandRefusal>getDetails()
                .map(ProblemDetailsAdvice::refusal)
                .map(problem -> ResponseEntity.status(problem.getStatus()).body(problem))
                .orElseGet(() -> unexpected(exception));
    }

    @ExceptionHandler
    ProblemDetail refused(CommandRefusedException exception) {
        return refusal(exception.refusal());
    }

    @ExceptionHandler
    ProblemDetail concurrent(ConcurrencyException exception) {
        return problem(HttpStatus.CONFLICT, ErrorCode.CONCURRENT_MODIFICATION.name(),
                "The pilot was changed by another decision at the same moment; read it again and retry");
    }

    @ExceptionHandler
    ProblemDetail notFound(PilotNotFoundException exception) {
        return problem(HttpStatus.NOT_FOUND, ErrorCode.PILOT_NOT_FOUND.name(), exception.getMessage());
    }

    @ExceptionHandler
    ProblemDetail deadLetterNotFound(DeadLetterNotFoundException exception) {
        return problem(ErrorCodeStatus.of(ErrorCode.DEAD_LETTER_NOT_FOUND), ErrorCode.DEAD_LETTER_NOT_FOUND.name(),
                exception.getMessage());
    }

    @ExceptionHandler
    ProblemDetail onlineBackupUnavailable(OnlineBackupUnavailableException exception) {
        return problem(ErrorCodeStatus.of(ErrorCode.ONLINE_BACKUP_UNAVAILABLE),
                ErrorCode.ONLINE_BACKUP_UNAVAILABLE.name(), exception.getMessage());
    }

    @ExceptionHandler
    ProblemDetail decisionNotFound(DecisionNotFoundException exception) {
        return problem(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, exception.getMessage());
    }

    @ExceptionHandler
    ProblemDetail noCheckpoint(NoCheckpointYetException exception) {
        return problem(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, exception.getMessage());
    }

    @ExceptionHandler
    ProblemDetail sealedLogNotKept(SealedLogNotKeptException exception) {
        return problem(ErrorCodeStatus.of(ErrorCode.SEALED_LOG_NOT_KEPT), ErrorCode.SEALED_LOG_NOT_KEPT.name(),
                exception.getMessage());
    }

    /** While the views are rebuilt they hold partial figures: none is served, and the client is told when to return. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> rebuilding(ViewsRebuildingException exception) {
        ProblemDetail problem = problem(ErrorCodeStatus.of(ErrorCode.VIEWS_REBUILDING),
                ErrorCode.VIEWS_REBUILDING.name(), exception.getMessage());
        problem.setProperty("eventsDone", exception.progress().eventsDone());
        problem.setProperty("eventsTotal", exception.progress().eventsTotal());
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(ViewsRebuildingException.RETRY_AFTER.toSeconds()))
                .body(problem);
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidRequestException exception) {
        return invalidFields(List.of(new FieldError(exception.field(), exception.getMessage())));
    }

    /**
     * Whatever no other handler takes: a request that could not be read, Axon Server unable to take a command (503, to
     * be retried: see {@link AxonServerOutage}), or a fault of ours.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        if (ClientFaults.isClientFault(exception)) {
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, Problems.MALFORMED_REQUEST,
                    "The request's parameters or body cannot be read as sent"));
        }
        if (AxonServerOutage.causes(exception)) {
            log.warn("Axon Server could not take a command: {}", exception.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(AxonServerOutage.RETRY_AFTER.toSeconds()))
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, AxonServerOutage.CODE,
                            "Commands cannot be taken right now (Axon Server is unreachable, or no instance "
                                    + "handles them); nothing was recorded: retry later"));
        }
        log.error("Unexpected failure while handling a request", exception);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                Problems.INTERNAL_ERROR,
                "Something went wrong on our side; quote the X-Correlation-Id of this response when reporting it"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return ResponseEntity.badRequest().body(invalidFields(exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .toList()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        return ResponseEntity.badRequest().body(invalidFields(exception.getParameterValidationResults().stream()
                .flatMap(ProblemDetailsAdvice::fieldErrors)
                .toList()));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = exception.getPropertyName() == null ? "parameter" : exception.getPropertyName();
        return ResponseEntity.badRequest().body(invalidFields(List.of(new FieldError(field, "has an invalid value"))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException exception, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        return ResponseEntity.badRequest().body(invalidFields(List.of(
                new FieldError(exception.getParameterName(), "is required"))));
    }

    /**
     * A body Jackson refused: a value of the wrong JSON type (strict: no text from numbers or booleans, no whole
     * numbers from fractions, no enum ordinals), an unknown enum constant, a repeated key; named by its path.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (exception.getMostSpecificCause() instanceof JacksonException jackson) {
            String field = JsonFields.nameOf(jackson);
            if (field != null) {
                return ResponseEntity.badRequest().body(invalidFields(List.of(
                        new FieldError(field, JsonFields.problemOf(jackson)))));
            }
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, Problems.MALFORMED_REQUEST,
                "The request body is missing or is not valid JSON"));
    }

    /** Problems Spring MVC builds itself (415, 406, 405...) get the code and type of every other problem. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        return super.createResponseEntity(body instanceof ProblemDetail problem ? Problems.coded(problem) : body,
                headers, statusCode, request);
    }

    /**
     * A request body's errors name its fields ({@code metric.value}); a path variable's or a parameter's name it.
     * Bodies come here rather than as {@code MethodArgumentNotValidException} when the same method also validates a
     * path variable.
     */
    private static Stream<FieldError> fieldErrors(ParameterValidationResult result) {
        if (result instanceof ParameterErrors body) {
            return body.getFieldErrors().stream()
                    .map(error -> new FieldError(error.getField(), error.getDefaultMessage()));
        }
        return result.getResolvableErrors().stream()
                .map(error -> new FieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage()));
    }

    /** The refusal's code decides the status; its facts (e.g. the capital available) become properties. */
    private static ProblemDetail refusal(CommandRefusal refusal) {
        ProblemDetail problem = problem(ErrorCodeStatus.of(refusal.code()), refusal.code().name(), refusal.message());
        refusal.facts().forEach(problem::setProperty);
        return problem;
    }

    private static ProblemDetail invalidFields(List<FieldError> unordered) {
        List<FieldError> errors = unordered.stream()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message)).toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST,
                "The request has invalid fields: " + errors.stream().map(FieldError::field).distinct()
                        .collect(Collectors.joining(", ")));
        problem.setProperty("errors", errors.stream()
                .map(error -> Map.of("field", error.field(), "message", error.message())).toList());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail) {
        return Problems.of(status, code, detail);
    }

    private record FieldError(String field, String message) {
    }
}
