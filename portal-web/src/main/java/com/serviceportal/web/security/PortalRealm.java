package com.serviceportal.web.security;

import com.serviceportal.security.SignInDetails;
import com.serviceportal.security.SignInService;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Set;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

/**
 * Authenticates through {@link SignInService}, which checks the portal password or the directory's,
 * throttles, and records the attempt; the token's host is the client's address. Shiro creates the
 * realm from shiro.ini, outside CDI, so the service is looked up when needed.
 */
public class PortalRealm extends AuthorizingRealm {

    public PortalRealm() {
        setName("portal");
        setAuthenticationTokenClass(UsernamePasswordToken.class);
        // SignInService has checked the password already.
        setCredentialsMatcher((token, info) -> true);
        // Roles come from the principal itself; there is nothing to cache between requests.
        setAuthorizationCachingEnabled(false);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        UsernamePasswordToken login = (UsernamePasswordToken) token;
        // Every refusal is the same, whether the name is unknown, the password wrong or sign-in locked.
        SignInDetails found = CDI.current()
                .select(SignInService.class)
                .get()
                .signIn(login.getUsername(), login.getPassword(), login.getHost())
                .orElseThrow(IncorrectCredentialsException::new);
        var principal = new AccountPrincipal(found.accountId(), found.username(), found.role(), found.displayName());
        return new SimpleAuthenticationInfo(principal, null, getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        AccountPrincipal principal = principals.oneByType(AccountPrincipal.class);
        return principal == null
                ? new SimpleAuthorizationInfo()
                : new SimpleAuthorizationInfo(Set.of(principal.role().roleName()));
    }
}
