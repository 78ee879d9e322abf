package com.serviceportal.web.security;

import com.serviceportal.security.DirectoryService;
import com.serviceportal.security.SignInDetails;
import jakarta.enterprise.inject.spi.CDI;
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
 * Authenticates directory logins against LDAP or Active Directory, by binding as the user: the
 * directory itself checks the password, so the realm has nothing to compare afterwards and nothing
 * is stored. Tried after {@link PortalRealm}; it answers only for logins with a directory entry and
 * for usernames the portal does not know yet.
 */
public class DirectoryRealm extends AuthorizingRealm {

    public DirectoryRealm() {
        setName("directory");
        setAuthenticationTokenClass(UsernamePasswordToken.class);
        // The bind in doGetAuthenticationInfo has checked the password already.
        setCredentialsMatcher((token, info) -> true);
        setAuthorizationCachingEnabled(false);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        UsernamePasswordToken login = (UsernamePasswordToken) token;
        SignInDetails found = CDI.current()
                .select(DirectoryService.class)
                .get()
                .signIn(login.getUsername(), login.getPassword())
                .orElseThrow(UnknownAccountException::new);
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
