package com.serviceportal.web.security;

import com.serviceportal.security.Role;
import java.io.Serializable;

/** Who signed in; kept in the HTTP session by Shiro, so it stays small and serializable. */
public record AccountPrincipal(long accountId, String username, Role role, String displayName) implements Serializable {

    @Override
    public String toString() {
        return username;
    }
}
