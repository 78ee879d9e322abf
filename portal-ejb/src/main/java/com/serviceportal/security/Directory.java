package com.serviceportal.security;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The LDAP or Active Directory server, through the JDK's JNDI LDAP provider: searches with the
 * configured service account and checks a password by binding as the user. Nothing is cached.
 */
final class Directory {

    private static final String CONNECT_TIMEOUT_MS = "5000";
    private static final String READ_TIMEOUT_MS = "15000";

    private final DirectoryConfig config;

    Directory(DirectoryConfig config) {
        this.config = config;
    }

    Optional<DirectoryEntry> find(String username) throws NamingException {
        List<DirectoryEntry> found = search(config.userFilter(), new Object[] {username}, 2);
        // Two entries for one username would make the login ambiguous: neither signs in.
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Every user the filter finds, with {@code {0}} matching any username. */
    List<DirectoryEntry> all() throws NamingException {
        return search(config.userFilter().replace("{0}", "*"), new Object[0], 0);
    }

    /**
     * Whether the password is the user's. An empty password is refused here: LDAP treats a simple
     * bind without a password as an anonymous bind, which "succeeds".
     */
    boolean passwordMatches(String dn, char[] password) throws NamingException {
        if (password == null || password.length == 0) {
            return false;
        }
        try {
            connect(dn, password).close();
            return true;
        } catch (AuthenticationException wrong) {
            return false;
        }
    }

    private List<DirectoryEntry> search(String filter, Object[] arguments, long limit) throws NamingException {
        char[] bindPassword = ConfigProvider.getConfig()
                .getOptionalValue(DirectoryConfig.BIND_PASSWORD, String.class)
                .orElse("")
                .toCharArray();
        DirContext context = connect(blankToNull(config.bindDn()), bindPassword);
        try {
            SearchControls controls = new SearchControls();
            controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
            controls.setCountLimit(limit);
            controls.setReturningAttributes(new String[] {
                config.usernameAttribute(),
                config.firstNameAttribute(),
                config.lastNameAttribute(),
                config.emailAttribute(),
                config.phoneAttribute(),
                config.customerAttribute()
            });
            List<DirectoryEntry> entries = new ArrayList<>();
            NamingEnumeration<SearchResult> results = context.search(config.userBase(), filter, arguments, controls);
            try {
                while (results.hasMore()) {
                    SearchResult result = results.next();
                    Attributes attributes = result.getAttributes();
                    entries.add(new DirectoryEntry(
                            result.getNameInNamespace(),
                            value(attributes, config.usernameAttribute()),
                            value(attributes, config.firstNameAttribute()),
                            value(attributes, config.lastNameAttribute()),
                            value(attributes, config.emailAttribute()),
                            value(attributes, config.phoneAttribute()),
                            value(attributes, config.customerAttribute())));
                }
            } catch (javax.naming.SizeLimitExceededException enough) {
                // the limit asked for was reached: the entries read so far are the answer
            }
            return entries;
        } finally {
            context.close();
        }
    }

    private DirContext connect(String dn, char[] password) throws NamingException {
        Hashtable<String, Object> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, config.url());
        environment.put("com.sun.jndi.ldap.connect.timeout", CONNECT_TIMEOUT_MS);
        environment.put("com.sun.jndi.ldap.read.timeout", READ_TIMEOUT_MS);
        // Referrals would send the user's password to another server.
        environment.put(Context.REFERRAL, "ignore");
        if (dn == null) {
            environment.put(Context.SECURITY_AUTHENTICATION, "none");
        } else {
            environment.put(Context.SECURITY_AUTHENTICATION, "simple");
            environment.put(Context.SECURITY_PRINCIPAL, dn);
            environment.put(Context.SECURITY_CREDENTIALS, password);
        }
        return new InitialDirContext(environment);
    }

    private static String value(Attributes attributes, String name) throws NamingException {
        if (name == null || name.isBlank()) {
            return null;
        }
        Attribute attribute = attributes.get(name);
        Object value = attribute == null ? null : attribute.get();
        return value == null ? null : value.toString().strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
