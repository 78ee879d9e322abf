package com.serviceportal.documents;

import com.serviceportal.cases.files.FileName;
import com.serviceportal.cases.files.FileTooLargeException;
import com.serviceportal.customers.Customer;
import com.serviceportal.orders.WorkOrder;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.FileDownload;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.AccessScope;
import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import com.serviceportal.security.Caller;
import com.serviceportal.security.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Documents on customers, sites and work orders. The desk uploads (at most 10 MB), publishes and withdraws them;
 * a contact lists and downloads only published documents of what it sees. Anything else answers
 * "not found", the same as a document that does not exist.
 */
@Stateless
@Allowed(Audience.STAFF)
public class DocumentService {

    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private static final String UNKNOWN_TYPE = "application/octet-stream";
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    /**
     * The Documents tab of a site: its published documents and, for a caller who also sees the
     * company, the company's published documents; newest first.
     */
    @Allowed(Audience.SIGNED_IN)
    public List<DocumentRow> siteDocuments(long siteId) {
        AccessScope scope = caller.scope();
        scope.requireVisible(siteId);
        Customer site = em.find(Customer.class, siteId);
        if (site == null) {
            throw new NotFoundException();
        }
        List<Long> filedOn = new ArrayList<>(List.of(siteId));
        if (site.getParent() != null && scope.sees(site.getParent().getId())) {
            filedOn.add(site.getParent().getId());
        }
        return em.createQuery(
                        "SELECT d FROM Document d JOIN FETCH d.customer WHERE d.customer.id IN :customers"
                                + " AND d.published = TRUE ORDER BY d.uploadedAt DESC, d.id DESC",
                        Document.class)
                .setParameter("customers", filedOn)
                .getResultStream()
                .map(DocumentRow::of)
                .toList();
    }

    /** The desk's list: every document, or those of one account, published or not. */
    public List<DocumentRow> deskDocuments(String accountNumber) {
        boolean oneAccount = accountNumber != null && !accountNumber.isBlank();
        var query = em.createQuery(
                        "SELECT d FROM Document d JOIN FETCH d.customer c"
                                + (oneAccount ? " WHERE c.accountNumber = :account" : "")
                                + " ORDER BY d.uploadedAt DESC, d.id DESC",
                        Document.class)
                .setMaxResults(500);
        if (oneAccount) {
            query.setParameter("account", accountNumber.strip());
        }
        return query.getResultStream().map(DocumentRow::of).toList();
    }

    /** Files a document on the customer or site with the given account number; not yet published. */
    public long upload(
            @NotBlank String accountNumber,
            @NotBlank @Size(max = 200) String title,
            String fileName,
            String contentType,
            @NotNull InputStream content) {
        Customer customer = em.createQuery("SELECT c FROM Customer c WHERE c.accountNumber = :account", Customer.class)
                .setParameter("account", accountNumber.strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("documents.unknownAccount", accountNumber.strip()));
        return file(customer, null, title, fileName, contentType, content);
    }

    /** Files a document on a work order (and so on its site); not yet published. */
    public long uploadForOrder(
            long orderId,
            @NotBlank @Size(max = 200) String title,
            String fileName,
            String contentType,
            @NotNull InputStream content) {
        WorkOrder order = em.find(WorkOrder.class, orderId);
        if (order == null) {
            throw new NotFoundException();
        }
        return file(order.getSite(), orderId, title, fileName, contentType, content);
    }

    /**
     * The documents of a work order, newest first: staff see all of them, a contact the published
     * ones of an order on a site it sees; any other order answers "not found".
     */
    @Allowed(Audience.SIGNED_IN)
    public List<DocumentRow> orderDocuments(long orderId) {
        AccessScope scope = caller.scope();
        WorkOrder order = em.find(WorkOrder.class, orderId);
        if (order == null) {
            throw new NotFoundException();
        }
        scope.requireVisible(order.getSite().getId());
        return em.createQuery(
                        "SELECT d FROM Document d JOIN FETCH d.customer WHERE d.workOrderId = :order"
                                + (scope.isStaff() ? "" : " AND d.published = TRUE")
                                + " ORDER BY d.uploadedAt DESC, d.id DESC",
                        Document.class)
                .setParameter("order", orderId)
                .getResultStream()
                .map(DocumentRow::of)
                .toList();
    }

    private long file(
            Customer customer, Long orderId, String title, String fileName, String contentType, InputStream content) {
        AccessScope scope = caller.scope();
        String name = FileName.of(fileName);
        byte[] bytes = readAtMostLimit(content, name);
        UserAccount uploader = em.find(UserAccount.class, scope.accountId());
        Document document = new Document(
                customer,
                title.strip(),
                name,
                mediaType(contentType),
                bytes.length,
                uploader.getDisplayName(),
                Instant.now(),
                orderId);
        em.persist(document);
        em.persist(new DocumentContent(document, bytes));
        return document.getId();
    }

    /** Shows the document to the customer's contacts, or withdraws it. */
    public void publish(long documentId, boolean published) {
        Document document = em.find(Document.class, documentId);
        if (document == null) {
            throw new NotFoundException();
        }
        document.publish(published);
    }

    /** The bytes of a document: staff get any, a contact only a published one of what it sees. */
    @Allowed(Audience.SIGNED_IN)
    public FileDownload download(long documentId) {
        AccessScope scope = caller.scope();
        Document document = em.find(Document.class, documentId);
        if (document == null
                || !scope.isStaff()
                        && (!document.isPublished()
                                || !scope.sees(document.getCustomer().getId()))) {
            throw new NotFoundException();
        }
        DocumentContent content = em.find(DocumentContent.class, documentId);
        return new FileDownload(document.getFileName(), document.getContentType(), content.getContent());
    }

    private static byte[] readAtMostLimit(InputStream content, String name) {
        try (content) {
            byte[] bytes = content.readNBytes(Math.toIntExact(MAX_FILE_BYTES + 1));
            if (bytes.length > MAX_FILE_BYTES) {
                throw new FileTooLargeException(name);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String mediaType(String sent) {
        if (sent == null) {
            return UNKNOWN_TYPE;
        }
        String type = sent.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.length() <= 120 && MEDIA_TYPE.matcher(type).matches() ? type : UNKNOWN_TYPE;
    }
}
