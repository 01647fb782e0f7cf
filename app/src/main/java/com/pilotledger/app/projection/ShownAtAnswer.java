package com.pilotledger.app.projection;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Map;

/**
 * Turns the answer of a write ({@link ShownAt}) whose views lag into 202 with the view's location: the write
 * succeeded, and the view there shows it once the handlers have caught up. The view read before that would show
 * the state before the write, which reads as if the write had been lost.
 */
@RestControllerAdvice
class ShownAtAnswer implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return returnType.hasMethodAnnotation(ShownAt.class);
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!ViewsBehind.isMarked(attributes)) {
            return body;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) attributes.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        String template = returnType.getMethodAnnotation(ShownAt.class).value();
        response.setStatusCode(HttpStatus.ACCEPTED);
        response.getHeaders().setLocation(UriComponentsBuilder.fromPath(template)
                .buildAndExpand(variables == null ? Map.of() : variables).encode().toUri());
        return null;
    }
}
