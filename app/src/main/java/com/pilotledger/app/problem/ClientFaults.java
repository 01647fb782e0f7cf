package com.pilotledger.app.problem;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.web.multipart.MultipartException;

/**
 * Failures that are the request's fault, wherever they surface (a filter, the data binder, a controller): parameters
 * whose bytes are not valid UTF-8, a broken multipart body, a form field naming a property path that does not exist
 * ({@code evidence[0]}, {@code a[b][c]}). Each is a 400, never a 500.
 */
public final class ClientFaults {

    private ClientFaults() {
    }

    public static boolean isClientFault(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidParameterException || cause instanceof MultipartException
                    || cause instanceof InvalidPropertyException) {
                return true;
            }
        }
        return false;
    }
}
