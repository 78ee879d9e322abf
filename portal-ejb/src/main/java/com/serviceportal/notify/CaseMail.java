package com.serviceportal.notify;

import com.serviceportal.cases.Case;
import com.serviceportal.cases.TrackingNote;
import com.serviceportal.customers.Contact;
import com.serviceportal.customers.Customer;
import com.serviceportal.security.AccessService;
import com.serviceportal.security.Internal;
import com.serviceportal.security.UserAccount;
import com.serviceportal.settings.SettingsService;
import com.serviceportal.settings.Team;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The mails a case sends, written in each recipient's language (English or Swedish) from the
 * bundle {@code com/serviceportal/notify/mail}. Contacts are linked to the case in the portal,
 * staff to the case in the desk. The service desk's shared addresses get English. Names the desk
 * gives (a note's status) are written in the recipient's language too.
 *
 * <p>Each method queues its mails in the caller's transaction, so they go out only if the change
 * they report is committed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
@Internal
public class CaseMail {

    private static final String BUNDLE = "com.serviceportal.notify.mail";
    private static final Locale DESK_LANGUAGE = Locale.ENGLISH;

    @EJB
    private Outbox outbox;

    @EJB
    private SettingsService settings;

    @EJB
    private AccessService access;

    /** Confirms a new case to the contact who raised it and alerts the desk and the case's team. */
    public void caseRaised(Case raised) {
        Contact contact = raised.getRaisedBy();
        if (reachable(contact, raised)) {
            Locale language = language(contact.getLanguage());
            queue(
                    contact.getMailAddress(),
                    language,
                    "caseRaised.contact",
                    contact.getFullName(),
                    number(raised),
                    raised.getSummary(),
                    portalLink(raised));
        }
        endUserContact(raised)
                .ifPresent(endUser -> queue(
                        endUser.getMailAddress(),
                        language(endUser.getLanguage()),
                        "caseRaised.endUser",
                        endUser.getFullName(),
                        number(raised),
                        raised.getSummary(),
                        customerName(raised.getCustomer())));
        Map<String, String> desk = new LinkedHashMap<>();
        settings.findDeskEmail().ifPresent(address -> desk.putIfAbsent(address.toLowerCase(Locale.ROOT), address));
        teamEmail(raised).ifPresent(address -> desk.putIfAbsent(address.toLowerCase(Locale.ROOT), address));
        ResourceBundle texts = texts(DESK_LANGUAGE);
        for (String address : desk.values()) {
            queue(
                    address,
                    DESK_LANGUAGE,
                    "caseRaised.desk",
                    number(raised),
                    customerName(raised.getCustomer()),
                    contact == null ? "-" : contact.getFullName(),
                    texts.getString("severity." + raised.getSeverity().name()),
                    raised.getSummary(),
                    raised.getDescription() == null ? "-" : raised.getDescription(),
                    deskLink(raised));
        }
    }

    /** Tells the desk of a customer's note: the assignee, else the case's team, else the desk. */
    public void customerNoteAdded(Case noted, TrackingNote note) {
        UserAccount assignee = noted.getAssignee();
        Optional<String> assigneeEmail =
                Optional.ofNullable(assignee).map(UserAccount::getEmail).filter(e -> !e.isBlank());
        Locale language = assigneeEmail.isPresent() ? language(assignee.getLanguage()) : DESK_LANGUAGE;
        assigneeEmail
                .or(() -> teamEmail(noted))
                .or(settings::findDeskEmail)
                .ifPresent(address -> queue(
                        address,
                        language,
                        "customerNote",
                        number(noted),
                        note.getAuthorName(),
                        customerName(noted.getCustomer()),
                        noted.getSummary(),
                        note.getText(),
                        deskLink(noted)));
    }

    /**
     * Tells the contact who raised the case of a staff note it may read, or the end user when the
     * partner chose that the desk replies to the end user; internal notes stay quiet.
     */
    public void staffNoteAdded(Case noted, TrackingNote note) {
        if (!note.isVisibleToCustomer()) {
            return;
        }
        Optional<Contact> endUser = endUserContact(noted);
        if (endUser.isPresent()) {
            Contact person = endUser.get();
            Locale language = language(person.getLanguage());
            queue(
                    person.getMailAddress(),
                    language,
                    "staffNote.endUser",
                    person.getFullName(),
                    number(noted),
                    noted.getSummary(),
                    note.getStatus().name(language),
                    note.getText(),
                    customerName(noted.getCustomer()));
            return;
        }
        Contact contact = noted.getRaisedBy();
        if (!reachable(contact, noted)) {
            return;
        }
        Locale language = language(contact.getLanguage());
        queue(
                contact.getMailAddress(),
                language,
                "staffNote",
                contact.getFullName(),
                number(noted),
                noted.getSummary(),
                note.getStatus().name(language),
                note.getText(),
                portalLink(noted));
    }

    /**
     * The end user's contact the desk replies to, when the partner chose so and the person has an
     * address and is not deleted; such mails carry no portal link, as the end user cannot open the case.
     */
    private static Optional<Contact> endUserContact(Case c) {
        return Optional.ofNullable(c.getEndUserContact())
                .filter(person -> c.isRepliesToEndUser())
                .filter(person -> person.getDeletedAt() == null)
                .filter(person -> person.getMailAddress() != null
                        && !person.getMailAddress().isBlank());
    }

    /** A contact is mailed about a case only while it may open the case in the portal. */
    private boolean reachable(Contact contact, Case c) {
        return contact != null
                && access.contactSeesCase(contact, c.getCustomer().getId());
    }

    private void queue(String recipient, Locale language, String key, Object... arguments) {
        ResourceBundle texts = texts(language);
        String subject = new MessageFormat(texts.getString(key + ".subject"), language).format(arguments);
        String body = new MessageFormat(texts.getString(key + ".body"), language).format(arguments);
        outbox.queue(recipient, subject, body);
    }

    private static ResourceBundle texts(Locale language) {
        // No fallback to the server's default locale: English is the base bundle.
        return ResourceBundle.getBundle(
                BUNDLE,
                language,
                CaseMail.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Locale language(String code) {
        return "sv".equalsIgnoreCase(code) ? Locale.forLanguageTag("sv") : Locale.ENGLISH;
    }

    private static Optional<String> teamEmail(Case c) {
        return Optional.ofNullable(c.getTeam()).map(Team::getEmail).filter(e -> !e.isBlank());
    }

    /** The number as text, so that no locale groups its digits. */
    private static String number(Case c) {
        return Long.toString(c.getNumber());
    }

    private static String customerName(Customer customer) {
        Customer parent = customer.getParent();
        return parent == null ? customer.getName() : parent.getName() + " – " + customer.getName();
    }

    private String portalLink(Case c) {
        return settings.link("/portal/cases/detail.xhtml?number=" + c.getNumber());
    }

    private String deskLink(Case c) {
        return settings.link("/desk/cases/work.xhtml?number=" + c.getNumber());
    }
}
