package com.pilotledger.app.web;

import com.pilotledger.app.problem.CommandRefusedException;
import com.pilotledger.app.problem.PilotNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/** What a page shows when what it names does not exist: a page in words, not a problem document. */
@ControllerAdvice(basePackageClasses = PageErrors.class)
public class PageErrors {

    @ExceptionHandler({PilotNotFoundException.class, CommandRefusedException.class})
    ModelAndView notFound(RuntimeException exception) {
        return new ModelAndView("error", Map.of("status", 404, "error", "Not found", "message", exception.getMessage()),
                HttpStatus.NOT_FOUND);
    }
}
