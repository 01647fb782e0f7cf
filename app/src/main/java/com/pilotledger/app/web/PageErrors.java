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
import org.springframework.web.multipart.MultipartException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * What a page shows when what it names does not exist (a pilot, an authorization request, a parked sequence, a policy
 * version) or cannot be asked (the what-if of the version in force), or while
 * the views are rebuilt: a page in words, not a problem document. Refusals of an action are shown on the page of the action instead (see {@link PilotPage}).
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
public class PageErrors {

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

    @ExceptionHandler(NoCheckpointYetException.class)
    ModelAndView noCheckpoint(NoCheckpointYetException exception) {
        return notFound(exception.getMessage());
    }

    /** A value the page's form sent that the request refuses (e.g. a period that ends before it starts). */
    @ExceptionHandler(InvalidRequestException.class)
    ModelAndView invalid(InvalidRequestException exception) {
        return new ModelAndView("error", Map.of("status", 400, "error", "Bad request",
                "message", exception.field() + " " + exception.getMessage()), HttpStatus.BAD_REQUEST);
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
