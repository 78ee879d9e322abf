package com.serviceportal.web.security;

import com.serviceportal.security.AccountLinks;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * "Forgot password?" ({@code /password/forgot.xhtml}): asks for a username or e-mail address and
 * always answers the same, whether an account matched or not.
 */
@Named
@ViewScoped
public class ForgotPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountLinks links;

    @NotBlank
    @Size(max = 254)
    private String usernameOrEmail;

    private boolean sent;

    public void send() {
        links.requestReset(usernameOrEmail);
        sent = true;
    }

    public String getUsernameOrEmail() {
        return usernameOrEmail;
    }

    public void setUsernameOrEmail(String usernameOrEmail) {
        this.usernameOrEmail = usernameOrEmail;
    }

    public boolean isSent() {
        return sent;
    }
}
