package com.serviceportal.orders;

import com.serviceportal.customers.Customer;
import com.serviceportal.notify.Outbox;
import com.serviceportal.security.Internal;
import com.serviceportal.security.UserAccount;
import com.serviceportal.settings.SettingsService;
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
 * The mail a fault report sends: to the address the order settings name (in English) and, where the
 * settings say so, a copy to the customer's account manager ("our reference", in their language),
 * each address once. Queued in
 * the report's transaction, from the bundle {@code com/serviceportal/orders/mail}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
@Internal
public class FaultReportMail {

    private static final String BUNDLE = "com.serviceportal.orders.mail";

    @EJB
    private Outbox outbox;

    @EJB
    private SettingsService settings;

    public void reported(FaultReport report, Optional<String> configuredAddress, boolean copyToOurReference) {
        Map<String, Locale> recipients = new LinkedHashMap<>();
        configuredAddress.ifPresent(address -> recipients.put(address.strip(), Locale.ENGLISH));
        accountManager(report.getSite())
                .filter(manager -> copyToOurReference)
                .filter(manager ->
                        manager.getEmail() != null && !manager.getEmail().isBlank())
                .ifPresent(manager -> recipients.putIfAbsent(manager.getEmail().strip(), language(manager)));
        recipients.forEach((address, language) -> {
            ResourceBundle texts = ResourceBundle.getBundle(
                    BUNDLE,
                    language,
                    FaultReportMail.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            WorkOrder order = report.getWorkOrder();
            Object[] arguments = {
                OrderDetails.nameOf(report.getSite()),
                report.getContact().getFullName(),
                report.getEquipment() == null ? "-" : report.getEquipment().getLabel(),
                report.getDescription(),
                order == null ? "" : Long.toString(order.getNumber()),
                order == null ? 0 : 1,
                settings.link(
                        order == null ? "/desk/orders/reports.xhtml" : "/desk/orders/order.xhtml?id=" + order.getId())
            };
            outbox.queue(
                    address,
                    new MessageFormat(texts.getString("faultReport.subject"), language).format(arguments),
                    new MessageFormat(texts.getString("faultReport.body"), language).format(arguments));
        });
    }

    /** The site's own account manager, else its company's. */
    private static Optional<UserAccount> accountManager(Customer site) {
        return Optional.ofNullable(site.getAccountManager())
                .or(() -> Optional.ofNullable(site.getParent()).map(Customer::getAccountManager));
    }

    private static Locale language(UserAccount account) {
        return "sv".equalsIgnoreCase(account.getLanguage()) ? Locale.forLanguageTag("sv") : Locale.ENGLISH;
    }
}
