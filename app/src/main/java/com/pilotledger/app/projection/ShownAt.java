package com.pilotledger.app.projection;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write that answers with a view: where that view is, as a URI template over the request's path variables
 * (e.g. {@code /api/pilots/{pilotId}}). When the views lag behind the write, the answer is 202 with this location
 * and no body ({@link ShownAtAnswer}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ShownAt {

    String value();
}
