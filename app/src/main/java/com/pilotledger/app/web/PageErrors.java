package com.pilotledger.app.web;

import com.pilotledger.api.pilot.ErrorCode;
import com.pilotledger.app.problem.ClientFaults;
import com.pilotledger.app.problem.CommandRefusedException;
import com.pilotledger.app.deadletter.DeadLetterNotFoundException;
import com.pilotledger.app.decision.DecisionNotFoundException;
import com.pilotledger.app.integrity.NoCheckpointYetException;
import com.pilotledger.app.problem.InvalidRequestException;
import com.pilotledger.app.problem.PilotNotFoundException;
import com.pilotledger.app.projection.ViewsRebuildingException;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a page shows when what it names does not exist (a pilot, an authorization request, a parked sequence, a policy
 * version) or cannot be asked (the what-if of the version in force), or while
 * the views are rebuilt: a page in words, not a problem document. Refusals of an action are shown on the page of the action instead (see {@link PilotPage}).
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
public class PageErrors {

    private final MessageSource messages;

    public PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PilotNotFoundException.class)
    ModelAndView pilotNotFound(PilotNotFoundException exception) {
        return notFound(exception.getMessage());
    }

    @ExceptionHandler(CommandRefusedException.class)
    ModelAndView requestNotFound(CommandRefusedException exception) {
        ErrorCode code = exception.refusal().code();
        if (code == ErrorCode.POLICY_VERSION_ALREADY_ACTIVE) {
            return new ModelAndView("error", Map.of("status", 409, "error", "Conflict",
                    "message", exception.getMessage()), HttpStatus.CONFLICT);
        }
        if (code != ErrorCode.REQUEST_NOT_FOUND && code != ErrorCode.POLICY_VERSION_NOT_FOUND) {
            throw exception;
        }
        return notFound(exception.getMessage());
    }

    /** While the views are rebuilt, a page says so, with the progress, rather than show partial figures. */
    @ExceptionHandler(ViewsRebuildingException.class)
    ModelAndView rebuilding(ViewsRebuildingException exception, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ViewsRebuildingException.RETRY_AFTER.toSeconds()));
        return new ModelAndView("rebuilding", Map.of("progress", exception.progress()),
                HttpStatus.SERVICE_UNAVAILABLE);
    }

    /** A form whose fields or body cannot be read (see {@link ClientFaults}): the page says so, with a 400. */
    @ExceptionHandler({InvalidParameterException.class, MultipartException.class, InvalidPropertyException.class})
    ModelAndView unreadable(Exception exception) {
        return new ModelAndView("error", Map.of("status", 400, "error", "Bad request",
                "message", "The form could not be read as sent."), HttpStatus.BAD_REQUEST);
    }

    /**
     * An address whose parameters cannot be read as their kind (the audit page's {@code from=2026-13-45}): a 400 page
     * that quotes the value and says how to write it, in the words of {@code messages.properties}.
     */
    @ExceptionHandler(BindException.class)
    ModelAndView unreadableParameters(BindException exception, Locale locale) {
        return badRequest(exception.getFieldErrors().stream()
                .map(error -> unreadable(error.getField(), error.getRejectedValue(), messages.getMessage(error, locale)))
                .collect(Collectors.joining(" ")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView unreadableParameter(MethodArgumentTypeMismatchException exception, Locale locale) {
        String kind = exception.getRequiredType() == null ? "" : exception.getRequiredType().getName();
        return badRequest(unreadable(exception.getName(), exception.getValue(), messages.getMessage(
                new DefaultMessageSourceResolvable(new String[]{"typeMismatch." + kind, "typeMismatch"}), locale)));
    }

    private static String unreadable(String field, Object value, String whatToDo) {
        return field + ": \"" + value + "\" could not be read. " + whatToDo + ".";
    }

    @ExceptionHandler(NoCheckpointYetException.class)
    ModelAndView noCheckpoint(NoCheckpointYetException exception) {
        return notFound(exception.getMessage());
    }

    /** A value the page's form sent that the request refuses (e.g. a period that ends before it starts). */
    @ExceptionHandler(InvalidRequestException.class)
    ModelAndView invalid(InvalidRequestException exception) {
        return badRequest(exception.field() + " " + exception.getMessage());
    }

    private static ModelAndView badRequest(String message) {
        return new ModelAndView("error", Map.of("status", 400, "error", "Bad request", "message", message),
                HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(DeadLetterNotFoundException.class)
    ModelAndView deadLetterNotFound(DeadLetterNotFoundException exception) {
        return notFound(exception.getMessage());
    }

    @ExceptionHandler(DecisionNotFoundException.class)
    ModelAndView decisionNotFound(DecisionNotFoundException exception) {
        return notFound(exception.getMessage());
    }

    private static ModelAndView notFound(String message) {
        return new ModelAndView("error", Map.of("status", 404, "error", "Not found", "message", message),
                HttpStatus.NOT_FOUND);
    }
}
