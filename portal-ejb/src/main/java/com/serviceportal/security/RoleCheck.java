package com.serviceportal.security;

import com.serviceportal.platform.NotFoundException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;

/**
 * The one check of who may call a service: the default interceptor of every EJB in this module
 * (META-INF/ejb-jar.xml), reading {@link Allowed} and {@link Internal} from the method or its class.
 * It fails closed: a method that declares neither is refused, and a caller whose role the
 * declaration does not admit is answered as if the record did not exist, as a restricted page is.
 */
public class RoleCheck {

    @Inject
    private Caller caller;

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        if (isInternal(method)) {
            return invocation.proceed();
        }
        Allowed allowed = allowedOf(method);
        if (allowed == null) {
            throw new IllegalStateException("No role declaration on "
                    + method.getDeclaringClass().getName() + "." + method.getName() + ": refused");
        }
        if (allowed.value().needsSignIn()
                && !allowed.value().admits(caller.scope().role())) {
            throw new NotFoundException();
        }
        return invocation.proceed();
    }

    /** The declaration that applies to a method: its own, else its class's. */
    static Allowed allowedOf(Method method) {
        Allowed own = method.getAnnotation(Allowed.class);
        if (own != null) {
            return own;
        }
        return method.getAnnotation(Internal.class) != null
                ? null
                : method.getDeclaringClass().getAnnotation(Allowed.class);
    }

    static boolean isInternal(Method method) {
        if (method.getAnnotation(Internal.class) != null) {
            return true;
        }
        return method.getAnnotation(Allowed.class) == null
                && method.getDeclaringClass().getAnnotation(Internal.class) != null;
    }
}
