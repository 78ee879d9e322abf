package com.serviceportal.security;

import jakarta.validation.constraints.Size;

/**
 * How the portal reaches the LDAP or Active Directory server, kept in the portal settings. The bind
 * password is not among them: it is the MicroProfile Config property {@value #BIND_PASSWORD}, whose
 * value names a Payara password alias ({@code ${ALIAS=portal-directory-password}}), set as a JVM
 * option or with {@code asadmin set-config-property}; Payara resolves the alias either way.
 *
 * @param url e.g. {@code ldaps://dc1.example.com:636}; blank when there is no directory
 * @param bindDn the service account the portal searches with; blank for an anonymous search
 * @param userBase where users are searched, e.g. {@code ou=people,dc=example,dc=com}
 * @param userFilter the filter that finds one user, {@code {0}} standing for the username
 * @param usernameAttribute e.g. {@code uid}, or {@code sAMAccountName} on Active Directory
 * @param customerAttribute the attribute naming the contact's company or site, by account number or name
 */
public record DirectoryConfig(
        @Size(max = 400) String url,
        @Size(max = 400) String bindDn,
        @Size(max = 400) String userBase,
        @Size(max = 400) String userFilter,
        @Size(max = 60) String usernameAttribute,
        @Size(max = 60) String firstNameAttribute,
        @Size(max = 60) String lastNameAttribute,
        @Size(max = 60) String emailAttribute,
        @Size(max = 60) String phoneAttribute,
        @Size(max = 60) String customerAttribute) {

    public static final String BIND_PASSWORD = "portal.directory.bind-password";

    /** The LDAP defaults (inetOrgPerson); Active Directory uses sAMAccountName and objectClass=user. */
    public static DirectoryConfig defaults() {
        return new DirectoryConfig(
                "",
                "",
                "",
                "(&(objectClass=inetOrgPerson)(uid={0}))",
                "uid",
                "givenName",
                "sn",
                "mail",
                "telephoneNumber",
                "o");
    }

    public boolean configured() {
        return url != null && !url.isBlank() && userBase != null && !userBase.isBlank();
    }
}
