package com.pilotledger.app.pilot;

import com.pilotledger.app.idempotency.IdempotencyKeyInterceptor;
import com.pilotledger.app.problem.CorrelationIdFilter;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Builds the {@link CommandOrigin} of a command endpoint from the security context, the correlation id and, for an
 * API write sent with an {@code Idempotency-Key}, the command key {@link IdempotencyKeyInterceptor} derived from it.
 */
public class CommandOriginResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CommandOrigin.class;
    }

    @Override
    public CommandOrigin resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                         NativeWebRequest request, WebDataBinderFactory binderFactory) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return new CommandOrigin(user.getName(),
                user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .map(authority -> authority.replaceFirst("^ROLE_", ""))
                        .collect(Collectors.toCollection(TreeSet::new)),
                CorrelationIdFilter.current(request), IdempotencyKeyInterceptor.commandKey(request));
    }
}
