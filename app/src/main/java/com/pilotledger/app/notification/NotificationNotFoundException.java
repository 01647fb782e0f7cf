package com.pilotledger.app.notification;

import com.pilotledger.app.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A webhook subscription or a delivery that does not exist: 404 with a problem body. */
public class NotificationNotFoundException extends ErrorResponseException {

    public NotificationNotFoundException(String what) {
        super(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, what + " does not exist"),
                null);
    }
}
