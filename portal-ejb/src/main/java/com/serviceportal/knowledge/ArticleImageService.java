package com.serviceportal.knowledge;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import com.serviceportal.security.Caller;
import com.serviceportal.security.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * Images the desk adds to an article's text. Each is checked by its first bytes (PNG, JPEG, GIF or
 * WebP, at most {@link ArticleImage#MAX_BYTES}), must be described by an alt text, and is stored as
 * an attachment of the article; readers get it through {@link KnowledgeService#image(long)}, which
 * asks whether they may read the article. An image whose tag is later removed from the text stays.
 */
@Stateless
@Allowed(Audience.STAFF)
public class ArticleImageService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    /** Stores the image for the (saved) article and says how its text points at it. */
    public AddedImage addImage(long articleId, String altText, @NotNull byte[] content) {
        if (em.find(Article.class, articleId) == null) {
            throw new NotFoundException();
        }
        String alt = altText == null ? "" : altText.strip();
        if (alt.isEmpty()) {
            throw new BusinessException("knowledge.image.altMissing");
        }
        if (alt.length() > ArticleImage.ALT_MAX) {
            throw new BusinessException("knowledge.image.altTooLong", ArticleImage.ALT_MAX);
        }
        if (content.length > ArticleImage.MAX_BYTES) {
            throw new BusinessException("knowledge.image.tooLarge", ArticleImage.MAX_BYTES / (1024 * 1024));
        }
        ImageKind kind = ImageKind.of(content).orElseThrow(() -> new BusinessException("knowledge.image.notImage"));
        UserAccount editor = em.find(UserAccount.class, caller.scope().accountId());
        ArticleImage image = new ArticleImage(articleId, kind, alt, content, editor.getDisplayName(), Instant.now());
        em.persist(image);
        em.flush();
        return new AddedImage(image.getId(), ArticleImage.PATH + image.getId(), alt);
    }
}
