package com.serviceportal.equipment;

import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import com.serviceportal.security.Caller;
import com.serviceportal.settings.DuplicateNameException;
import com.serviceportal.settings.SettingChangedException;
import com.serviceportal.settings.StillInUseException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The item categories: administrators keep the list (a settings page); everyone who sees items
 * reads it to choose and filter by category. A category that items still have cannot be deleted.
 */
@Stateless
@Allowed(Audience.ADMINISTRATORS)
public class ItemCategoryService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    /** Every category by name, in the reader's language, for choosing and filtering. */
    @Allowed(Audience.SIGNED_IN)
    public List<CategoryChoice> choices() {
        Locale reader = caller.language();
        return em.createQuery("SELECT c FROM ItemCategory c ORDER BY c.name", ItemCategory.class)
                .getResultStream()
                .map(c -> CategoryChoice.of(c, reader))
                .toList();
    }

    public List<ItemCategoryEntry> categories() {
        return em.createQuery("SELECT c FROM ItemCategory c ORDER BY c.name", ItemCategory.class)
                .getResultStream()
                .map(ItemCategoryEntry::of)
                .toList();
    }

    public void saveCategory(@NotNull @Valid ItemCategoryEntry entry) {
        String name = entry.getName().strip();
        List<ItemCategory> sameName = em.createQuery(
                        "SELECT c FROM ItemCategory c WHERE LOWER(c.name) = :name", ItemCategory.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT))
                .getResultList();
        if (sameName.stream().anyMatch(c -> !c.getId().equals(entry.getId()))) {
            throw new DuplicateNameException(name);
        }
        ItemCategory category = entry.getId() == null ? new ItemCategory(name) : find(entry.getId());
        if (entry.getId() != null) {
            SettingChangedException.unlessCurrent(category.getVersion(), entry.getVersion(), category.getName());
        }
        category.change(name, entry.getNameSv(), blankToNull(entry.getFieldOne()), blankToNull(entry.getFieldTwo()));
        if (entry.getId() == null) {
            em.persist(category);
        }
    }

    public void deleteCategory(long id) {
        ItemCategory category = find(id);
        long uses = em.createQuery("SELECT COUNT(e) FROM Equipment e WHERE e.category = :it", Long.class)
                .setParameter("it", category)
                .getSingleResult();
        if (uses > 0) {
            throw new StillInUseException(category.getName(), uses);
        }
        em.remove(category);
    }

    private ItemCategory find(long id) {
        return Optional.ofNullable(em.find(ItemCategory.class, id)).orElseThrow(NotFoundException::new);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
