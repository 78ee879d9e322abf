package com.serviceportal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;

/**
 * The signed-in account behind the current request. The web module sets it from the authenticated
 * Shiro subject, never from anything the browser sends; services ask it for the caller's
 * {@link AccessScope}, which is resolved once per request.
 */
@RequestScoped
public class Caller {

    @Inject
    private AccessService accessService;

    private Long accountId;
    private AccessScope scope;
    private Locale language = Locale.ENGLISH;

    public void signIn(long accountId) {
        this.accountId = accountId;
        this.scope = null;
    }

    /** The language of the page the caller reads, set by the web module; English by default. */
    public void readsIn(Locale language) {
        this.language = language == null ? Locale.ENGLISH : language;
    }

    /** The language the caller reads the names of statuses, teams and the like in. */
    public Locale language() {
        return language;
    }

    public Optional<Long> accountId() {
        return Optional.ofNullable(accountId);
    }

    /** Whether the signed-in account may still sign in: enabled, and not the login of a deleted contact. */
    public boolean maySignIn() {
        try {
            scope();
            return true;
        } catch (NotSignedInException e) {
            return false;
        }
    }

    /** The caller's scope; a request without a signed-in account is refused. */
    public AccessScope scope() {
        if (accountId == null) {
            throw new NotSignedInException();
        }
        if (scope == null) {
            scope = accessService.scopeOf(accountId);
        }
        return scope;
    }
}
