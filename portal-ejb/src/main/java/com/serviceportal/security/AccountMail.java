package com.serviceportal.security;

import com.serviceportal.notify.Outbox;
import com.serviceportal.settings.SettingsService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The mails about a login (invitation, reset link, changed password or e-mail, locked sign-in), in the person's
 * language, queued in the caller's transaction through the outbox. No mail ever carries a password.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
@Internal
public class AccountMail {

    private static final String BUNDLE = "com.serviceportal.security.account-mail";

    @EJB
    private Outbox outbox;

    @EJB
    private SettingsService settings;

    public void invitation(UserAccount account, String token) {
        queue(account, account.mailAddress(), "invitation", setPasswordLink(token), AccountLinks.LIFETIME.toMinutes());
    }

    public void reset(UserAccount account, String token) {
        queue(account, account.mailAddress(), "reset", setPasswordLink(token), AccountLinks.LIFETIME.toMinutes());
    }

    public void passwordChanged(UserAccount account) {
        queue(account, account.mailAddress(), "passwordChanged", settings.link("/signin.xhtml"));
    }

    /** Sign-in was locked after too many wrong passwords; says how to get in if it was not the owner. */
    public void locked(UserAccount account, long minutes) {
        queue(account, account.mailAddress(), "locked", minutes, settings.link("/password/forgot.xhtml"));
    }

    /** Tells both the old and the new address, so a hijacked address cannot change it unnoticed. */
    public void emailChanged(UserAccount account, String previous, String current) {
        queue(account, previous, "emailChanged", previous, current);
        queue(account, current, "emailChanged", previous, current);
    }

    private void queue(UserAccount account, String recipient, String key, Object... more) {
        if (recipient == null || recipient.isBlank()) {
            return;
        }
        Locale language = "sv".equalsIgnoreCase(account.mailLanguage()) ? Locale.forLanguageTag("sv") : Locale.ENGLISH;
        ResourceBundle texts = ResourceBundle.getBundle(
                BUNDLE,
                language,
                AccountMail.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] arguments = new Object[2 + more.length];
        arguments[0] = account.getDisplayName();
        arguments[1] = account.getUsername();
        System.arraycopy(more, 0, arguments, 2, more.length);
        outbox.queue(
                recipient,
                new MessageFormat(texts.getString(key + ".subject"), language).format(arguments),
                new MessageFormat(texts.getString(key + ".body"), language).format(arguments));
    }

    private String setPasswordLink(String token) {
        return settings.link("/password/set.xhtml?token=" + token);
    }
}
