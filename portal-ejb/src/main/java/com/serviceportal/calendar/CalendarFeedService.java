package com.serviceportal.calendar;

import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.AccessScope;
import com.serviceportal.security.AccessService;
import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import com.serviceportal.security.Caller;
import com.serviceportal.security.NotSignedInException;
import com.serviceportal.security.UserAccount;
import com.serviceportal.settings.SettingsService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Each contact's personal iCalendar feed: a secret address the contact makes and renews on its
 * Calendar page, and the feed itself, read without signing in by the contact's calendar program.
 * The feed holds what the contact would see in the portal now: a deleted contact, a disabled login
 * or a portal without the Calendar tab is answered "not found", as an unknown or renewed address is.
 */
@Stateless
@Allowed(Audience.CUSTOMERS)
public class CalendarFeedService {

    /** Where the feeds are served, followed by the secret and ".ics". */
    public static final String FEED_PATH = "/calendar/feed/";

    /** 32 random bytes in URL-safe Base64, without padding. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A feed reaches back a quarter and a year ahead: what a subscribed calendar program shows. */
    private static final int MONTHS_BACK = 3;

    private static final int MONTHS_AHEAD = 12;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AccessService access;

    @Inject
    private CalendarService calendar;

    @Inject
    private SettingsService settings;

    /** The caller's address as its page shows it: whether it has one, and since when. */
    public FeedAddress address() {
        CalendarFeed feed = em.find(CalendarFeed.class, contactId());
        return feed == null
                ? new FeedAddress(null, null, FeedAddress.NONE)
                : new FeedAddress(null, feed.getCreatedAt(), feed.getVersion());
    }

    /**
     * A new secret address for the caller; the former one answers "not found" from now on. The
     * version is the one the page read, so two pages do not renew past each other unseen.
     */
    public FeedAddress renew(long version) {
        long contact = contactId();
        CalendarFeed feed = em.find(CalendarFeed.class, contact);
        long current = feed == null ? FeedAddress.NONE : feed.getVersion();
        if (current != version) {
            throw new ChangedMeanwhileException("calendar.error.renewedMeanwhile");
        }
        if (feed == null) {
            feed = new CalendarFeed(contact);
            em.persist(feed);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        feed.renew(hash(token), Instant.now(Clock.systemUTC()));
        em.flush();
        return new FeedAddress(FEED_PATH + token + ".ics", feed.getCreatedAt(), feed.getVersion());
    }

    /** The feed at a secret address, as iCalendar text; empty for any address that is not (or no longer) good. */
    @Allowed(Audience.ANYONE)
    public Optional<String> feed(String token) {
        if (token == null || !TOKEN.matcher(token).matches() || !calendar.portalOffersCalendar()) {
            return Optional.empty();
        }
        List<CalendarFeed> feeds = em.createQuery(
                        "SELECT f FROM CalendarFeed f WHERE f.tokenHash = :hash", CalendarFeed.class)
                .setParameter("hash", hash(token))
                .getResultList();
        if (feeds.isEmpty()) {
            return Optional.empty();
        }
        List<UserAccount> logins = em.createQuery(
                        "SELECT a FROM UserAccount a WHERE a.contact.id = :contact", UserAccount.class)
                .setParameter("contact", feeds.get(0).getContactId())
                .getResultList();
        if (logins.size() != 1) {
            return Optional.empty();
        }
        UserAccount login = logins.get(0);
        AccessScope scope;
        try {
            scope = access.scopeOf(login.getId());
        } catch (NotSignedInException e) {
            return Optional.empty();
        }
        if (scope.isStaff()) {
            return Optional.empty();
        }
        Locale language = Locale.forLanguageTag(login.getLanguage() == null ? "en" : login.getLanguage());
        LocalDate today = LocalDate.now();
        CalendarPeriod period = new CalendarPeriod(
                today.minusMonths(MONTHS_BACK).withDayOfMonth(1),
                today.plusMonths(MONTHS_AHEAD).withDayOfMonth(1));
        List<CalendarEntry> entries = calendar.entriesOf(scope, period, language);
        return Optional.of(IcsCalendar.write(
                entries, settings.link(""), new CalendarTexts(language).text("feedName", settings.portalName())));
    }

    /** The caller's contact, while the portal offers the Calendar tab. */
    private long contactId() {
        Long contact = caller.scope().contactId();
        if (contact == null || !calendar.portalOffersCalendar()) {
            // a customer login of no contact has no calendar to subscribe to
            throw new NotFoundException();
        }
        return contact;
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
