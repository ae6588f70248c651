package lv.ludza.openup.inventory;

import static lv.ludza.openup.security.Role.ACCOUNTANT_ROLE;
import static lv.ludza.openup.security.Role.ADMIN_ROLE;
import static lv.ludza.openup.security.Role.AUDITOR_ROLE;
import static lv.ludza.openup.security.Role.COORDINATOR_ROLE;
import static lv.ludza.openup.security.Role.STAFF_ROLE;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import lv.ludza.openup.shared.Records;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.RecordId;
import lv.ludza.openup.shared.SharedByProjects;

/**
 * The asset categories: everybody reads them; the coordinator and the administrator add, rename, retire (no longer
 * in use for new assets) and delete those no asset has.
 */
@Stateless
@RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
@SharedByProjects
public class AssetCategoryService {

    @PersistenceContext
    private EntityManager em;

    /** Every category, in use or not, by code. */
    public List<AssetCategory> all() {
        return em.createNamedQuery("AssetCategory.findAll", AssetCategory.class).getResultList();
    }

    public Optional<AssetCategory> find(@RecordId(AssetCategory.class) long id) {
        return Optional.ofNullable(em.find(AssetCategory.class, id));
    }

    public Optional<AssetCategory> findByCode(String code) {
        return em.createNamedQuery("AssetCategory.findByCode", AssetCategory.class)
                .setParameter("code", code == null ? "" : code.trim().toUpperCase(Locale.ROOT)).getResultStream()
                .findFirst();
    }

    /** How many assets each category has, by category id (categories without assets are missing). */
    public Map<Long, Long> assetCounts() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createNamedQuery("AssetCategory.assetCounts", Object[].class).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * Adds a category or saves one as edited.
     *
     * @throws RuleViolation {@code inventory.category.codeTaken} on {@code code}, {@code inventory.category.nameTaken}
     *         on {@code nameLv}, {@code nameLt} or {@code nameEn} when another category has it (ignoring case)
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE })
    public AssetCategory save(@NotNull @Valid AssetCategory edited) {
        List<AssetCategory> others = all().stream().filter(c -> !c.getId().equals(edited.getId())).toList();
        requireFree(others, edited, "code", AssetCategory::getCode, "inventory.category.codeTaken");
        requireFree(others, edited, "nameLv", AssetCategory::getNameLv, "inventory.category.nameTaken");
        requireFree(others, edited, "nameLt", AssetCategory::getNameLt, "inventory.category.nameTaken");
        requireFree(others, edited, "nameEn", AssetCategory::getNameEn, "inventory.category.nameTaken");
        return Records.save(em, edited);
    }

    private static void requireFree(List<AssetCategory> others, AssetCategory edited, String field,
            Function<AssetCategory, String> value, String key) {
        String wanted = value.apply(edited);
        others.stream().filter(other -> wanted != null && wanted.equalsIgnoreCase(value.apply(other))).findFirst()
                .ifPresent(other -> {
                    throw RuleViolation.onField(field, key, wanted, other.getCode());
                });
    }

    /**
     * Deletes a category no asset has.
     *
     * @throws RuleViolation {@code inventory.category.inUse} with the number of assets that have it (the screen
     *         suggests taking it out of use instead)
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE })
    public void delete(@RecordId(AssetCategory.class) long id, long version) {
        AssetCategory category = Records.current(em, AssetCategory.class, id, version);
        long used = em.createNamedQuery("AssetCategory.assetCount", Long.class).setParameter("category", id)
                .getSingleResult();
        if (used > 0) {
            throw new RuleViolation("inventory.category.inUse", category.getCode(), used);
        }
        em.remove(category);
        em.flush();
    }
}
