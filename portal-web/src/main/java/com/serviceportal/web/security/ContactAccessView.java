package com.serviceportal.web.security;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.AccountAccess;
import com.serviceportal.security.AccountLinks;
import com.serviceportal.web.Feedback;
import com.serviceportal.web.NotFoundResponse;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * "Sign-in and access" of a contact ({@code /desk/contacts/access.xhtml?id=…}) or, for an
 * administrator, of a staff login ({@code ?account=…}): how the person signs in, and the invitation
 * and password reset links.
 */
@Named
@ViewScoped
public class ContactAccessView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountLinks links;

    @Inject
    private Feedback feedback;

    @Inject
    private NotFoundResponse notFound;

    private Long id;
    private Long account;
    private AccountAccess access;

    public void load() {
        try {
            refresh();
        } catch (BusinessException e) {
            notFound.send();
        }
    }

    public void sendInvitation() {
        try {
            links.sendInvitation(access.accountId());
            feedback.info("access.invitationSent", access.email());
            refresh();
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    public void sendReset() {
        try {
            links.sendReset(access.accountId());
            feedback.info("access.resetSent", access.email());
            refresh();
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    private void refresh() {
        if (id != null) {
            access = links.contactAccess(id);
        } else if (account != null) {
            access = links.staffAccess(account);
        } else {
            throw new NotFoundException();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getAccount() {
        return account;
    }

    public void setAccount(Long account) {
        this.account = account;
    }

    public AccountAccess getAccess() {
        return access;
    }
}
