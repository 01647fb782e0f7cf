package com.pilotledger.app.pilot;

import com.pilotledger.app.problem.CorrelationIdFilter;
import com.pilotledger.app.problem.InvalidRequestException;
import com.pilotledger.app.security.Role;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Builds the {@link CommandOrigin} of a command endpoint from the security context and the request headers. */
public class CommandOriginResolver implements HandlerMethodArgumentResolver {

    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CommandOrigin.class;
    }

    @Override
    public CommandOrigin resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                         NativeWebRequest request, WebDataBinderFactory binderFactory) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        String key = request.getHeader(IDEMPOTENCY_KEY_HEADER);
        if (key != null && !IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw new InvalidRequestException(IDEMPOTENCY_KEY_HEADER,
                    "must be 1 to 128 letters, digits or . _ : -");
        }
        return new CommandOrigin(user.getName(),
                Role.heldBy(user).stream().map(Role::name).collect(Collectors.toCollection(TreeSet::new)),
                CorrelationIdFilter.current(request), key);
    }
}
