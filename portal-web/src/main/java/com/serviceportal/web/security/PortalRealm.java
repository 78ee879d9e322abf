package com.serviceportal.web.security;

import com.serviceportal.security.AccountService;
import com.serviceportal.security.SignInDetails;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Optional;
import java.util.Set;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

/**
 * Authenticates against the portal's own accounts. Shiro creates the realm from shiro.ini, outside
 * CDI, so the account service is looked up when needed.
 */
public class PortalRealm extends AuthorizingRealm {

    public PortalRealm() {
        setName("portal");
        setAuthenticationTokenClass(UsernamePasswordToken.class);
        setCredentialsMatcher((token, info) ->
                accounts().passwordMatches((char[]) token.getCredentials(), (String) info.getCredentials()));
        // Roles come from the principal itself; there is nothing to cache between requests.
        setAuthorizationCachingEnabled(false);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        String username = ((UsernamePasswordToken) token).getUsername();
        Optional<SignInDetails> details =
                Optional.ofNullable(username).map(String::strip).flatMap(accounts()::findSignIn);
        if (details.isEmpty()) {
            throw new UnknownAccountException();
        }
        SignInDetails found = details.get();
        var principal = new AccountPrincipal(found.accountId(), found.username(), found.role(), found.displayName());
        return new SimpleAuthenticationInfo(principal, found.passwordHash(), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        AccountPrincipal principal = principals.oneByType(AccountPrincipal.class);
        return principal == null
                ? new SimpleAuthorizationInfo()
                : new SimpleAuthorizationInfo(Set.of(principal.role().roleName()));
    }

    private static AccountService accounts() {
        return CDI.current().select(AccountService.class).get();
    }
}
