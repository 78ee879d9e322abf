package com.serviceportal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.serviceportal.platform.NotFoundException;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleCheckTest {

    @Allowed(Audience.STAFF)
    static class DeskService {
        public String work() {
            return "worked";
        }

        @Allowed(Audience.SIGNED_IN)
        public String read() {
            return "read";
        }

        @Internal
        public String forOtherServices() {
            return "internal";
        }
    }

    static class ForgottenService {
        public String anything() {
            return "done";
        }
    }

    @Test
    void aMethodWithoutADeclarationIsRefusedWhoeverCalls() {
        RoleCheck check = checkFor(staff());

        assertThrows(IllegalStateException.class, () -> check.check(call(new ForgottenService(), "anything")));
    }

    @Test
    void theClassDeclarationAdmitsItsAudienceOnly() throws Exception {
        assertEquals("worked", checkFor(staff()).check(call(new DeskService(), "work")));
        assertThrows(NotFoundException.class, () -> checkFor(contact()).check(call(new DeskService(), "work")));
    }

    @Test
    void aMethodsOwnDeclarationWins() throws Exception {
        assertEquals("read", checkFor(contact()).check(call(new DeskService(), "read")));
    }

    @Test
    void anInternalMethodNeedsNoCaller() throws Exception {
        assertEquals("internal", checkFor(null).check(call(new DeskService(), "forOtherServices")));
    }

    @Test
    void aSignedInAudienceRefusesARequestWithoutCaller() {
        assertThrows(NotSignedInException.class, () -> checkFor(null).check(call(new DeskService(), "read")));
    }

    private static AccessScope staff() {
        return new AccessScope.Everyone(1, Role.TECHNICIAN);
    }

    private static AccessScope contact() {
        return new AccessScope.Customers(2, 20L, 3L, Set.of(3L), Set.of(3L));
    }

    private static RoleCheck checkFor(AccessScope scope) {
        Caller caller = new Caller() {
            @Override
            public AccessScope scope() {
                if (scope == null) {
                    throw new NotSignedInException();
                }
                return scope;
            }
        };
        RoleCheck check = new RoleCheck();
        try {
            Field field = RoleCheck.class.getDeclaredField("caller");
            field.setAccessible(true);
            field.set(check, caller);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return check;
    }

    private static InvocationContext call(Object target, String name) throws NoSuchMethodException {
        Method method = target.getClass().getMethod(name);
        return new InvocationContext() {
            private final Map<String, Object> data = new HashMap<>();

            @Override
            public Object getTarget() {
                return target;
            }

            @Override
            public Object getTimer() {
                return null;
            }

            @Override
            public Method getMethod() {
                return method;
            }

            @Override
            public Constructor<?> getConstructor() {
                return null;
            }

            @Override
            public Object[] getParameters() {
                return new Object[0];
            }

            @Override
            public void setParameters(Object[] params) {}

            @Override
            public Map<String, Object> getContextData() {
                return data;
            }

            @Override
            public Object proceed() throws Exception {
                return method.invoke(target);
            }
        };
    }
}
