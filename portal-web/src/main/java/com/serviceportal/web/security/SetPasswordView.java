package com.serviceportal.web.security;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.security.AccountLinks;
import com.serviceportal.security.LinkDetails;
import com.serviceportal.security.PasswordRule;
import com.serviceportal.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The page a single-use link opens ({@code /password/set.xhtml?token=…}): shows the password rule
 * before the user types, checks it as they type, and sets the password. It signs nobody in.
 */
@Named
@ViewScoped
public class SetPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountLinks links;

    @Inject
    private Feedback feedback;

    private String token;
    private LinkDetails link;
    private String password;
    private String repeated;
    private String ruleBroken;
    private boolean done;

    public void load() {
        try {
            link = links.checkLink(token);
        } catch (BusinessException e) {
            link = null;
        }
    }

    /** The live check as the user types. */
    public void check() {
        try {
            ruleBroken = links.checkPassword(token, password).orElse(null);
        } catch (BusinessException e) {
            link = null;
        }
    }

    public void save() {
        if (password == null || !password.equals(repeated)) {
            feedback.errorBeside("repeated", "password.set.mismatch");
            return;
        }
        try {
            links.setPassword(token, password);
            done = true;
        } catch (BusinessException e) {
            ruleBroken = e.getMessageKey().startsWith("password.rule.") ? e.getMessageKey() : null;
            if (ruleBroken == null) {
                feedback.error(e);
            } else {
                feedback.errorBeside("password", e);
            }
        } finally {
            password = null;
            repeated = null;
        }
    }

    public int getMinLength() {
        return PasswordRule.MIN_LENGTH;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public LinkDetails getLink() {
        return link;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }

    public String getRuleBroken() {
        return ruleBroken;
    }

    public boolean isDone() {
        return done;
    }
}
