package com.serviceportal.projects;

import com.serviceportal.customers.Contact;
import com.serviceportal.notify.Outbox;
import com.serviceportal.security.Internal;
import com.serviceportal.security.UserAccount;
import com.serviceportal.settings.SettingsService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The mail a customer's decision on a request for change sends the desk: to the project manager in
 * their language, or, for a project without one (or a manager without an address), to the desk's
 * address in English. Queued in the decision's transaction, from the bundle
 * {@code com/serviceportal/projects/mail}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
@Internal
public class ProjectMail {

    private static final String BUNDLE = "com.serviceportal.projects.mail";

    @EJB
    private Outbox outbox;

    @EJB
    private SettingsService settings;

    public void changeDecided(ChangeRequest change, Contact contact) {
        Project project = change.getProject();
        Optional<UserAccount> manager = Optional.ofNullable(project.getManager())
                .filter(m -> m.getEmail() != null && !m.getEmail().isBlank());
        Optional<String> address = manager.map(m -> m.getEmail().strip()).or(settings::findDeskEmail);
        if (address.isEmpty()) {
            return;
        }
        Locale language = manager.map(ProjectMail::language).orElse(Locale.ENGLISH);
        ResourceBundle texts = ResourceBundle.getBundle(
                BUNDLE,
                language,
                ProjectMail.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] arguments = {
            project.getNumber(),
            project.getName(),
            Integer.toString(change.getNumber()),
            change.getState() == ChangeState.APPROVED ? 1 : 0,
            contact.getFullName(),
            change.getComment() == null ? "-" : change.getComment(),
            change.getDescription(),
            settings.link("/desk/projects/edit.xhtml?id=" + project.getId())
        };
        outbox.queue(
                address.get(),
                new MessageFormat(texts.getString("changeDecided.subject"), language).format(arguments),
                new MessageFormat(texts.getString("changeDecided.body"), language).format(arguments));
    }

    private static Locale language(UserAccount account) {
        return "sv".equalsIgnoreCase(account.getLanguage()) ? Locale.forLanguageTag("sv") : Locale.ENGLISH;
    }
}
