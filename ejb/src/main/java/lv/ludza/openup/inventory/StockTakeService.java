package lv.ludza.openup.inventory;

import static lv.ludza.openup.security.Role.ACCOUNTANT_ROLE;
import static lv.ludza.openup.security.Role.ADMIN_ROLE;
import static lv.ludza.openup.security.Role.AUDITOR_ROLE;
import static lv.ludza.openup.security.Role.COORDINATOR_ROLE;
import static lv.ludza.openup.security.Role.STAFF_ROLE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import lv.ludza.openup.project.Partner;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.RecordId;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.security.PartnerScope;

/**
 * Stock-takes: a session per room (or a partner's whole library) where staff scan inventory numbers; closing it
 * marks what was not found as missing and, on request, moves the assets found elsewhere into the room.
 */
@Stateless
@RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
public class StockTakeService {

    private static final EnumSet<AssetStatus> DISPOSED = EnumSet.of(AssetStatus.LOST, AssetStatus.WRITTEN_OFF);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** What one scan did: the asset's number and name, the outcome, and whether it was scanned before. */
    public record Scan(String inventoryNumber, String name, ScanOutcome outcome, String registeredAt, boolean repeated) {
    }

    public List<StockTake> ofProject(@RecordId(Project.class) long projectId) {
        return em.createNamedQuery("StockTake.ofProject", StockTake.class).setParameter("project", projectId)
                .setMaxResults(200).getResultList();
    }

    public Optional<StockTake> find(@RecordId(StockTake.class) long id) {
        return em.createNamedQuery("StockTake.withRelations", StockTake.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    public List<StockTakeEntry> entries(@RecordId(StockTake.class) long stockTakeId) {
        return em.createNamedQuery("StockTakeEntry.of", StockTakeEntry.class).setParameter("stockTake", stockTakeId)
                .getResultList();
    }

    /** Starts a session for a room of the partner, or (without one) for the partner's whole library. */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public StockTake start(@RecordId(Partner.class) long partnerId, @RecordId(Location.class) Long locationId) {
        Partner partner = em.find(Partner.class, partnerId);
        PartnerScope.requireRecordsOf(em, context, partner);
        Location location = locationId == null ? null : em.find(Location.class, locationId);
        if (location != null && !location.getPartner().getId().equals(partnerId)) {
            throw RuleViolation.onField("location", "inventory.location.otherPartner");
        }
        StockTake stockTake = new StockTake(partner, location, LocalDate.now(InventoryService.RIGA));
        em.persist(stockTake);
        em.flush();
        return stockTake;
    }

    /**
     * One scanned (or typed) inventory number: a constant number of statements however large the register.
     *
     * @throws RuleViolation {@code inventory.scan.unknown} for a number no asset has
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public Scan scan(@RecordId(StockTake.class) long stockTakeId, String number) {
        StockTake stockTake = find(stockTakeId).orElseThrow(() -> new RuleViolation("error.recordDeleted"));
        PartnerScope.requireRecordsOf(em, context, stockTake.getPartner());
        stockTake.requireOpen();
        String typed = number == null ? "" : number.trim();
        // a label's QR code carries the asset's link; its last part is the number
        int slash = typed.lastIndexOf('=');
        if (slash >= 0) {
            typed = typed.substring(slash + 1);
        }
        String wanted = typed;
        if (wanted.isEmpty()) {
            throw RuleViolation.onField("scan", "inventory.scan.unknown", wanted);
        }
        Asset asset = em.createNamedQuery("Asset.findByNumber", Asset.class)
                .setParameter("number", wanted.toUpperCase(java.util.Locale.ROOT)).getResultStream().findFirst()
                .orElse(null);
        if (asset == null) {
            // not in the register: kept as an entry of its own (the protocol lists it), once per text
            StockTakeEntry entry = StockTakeEntry.notInRegister(stockTake, wanted, Instant.now());
            boolean repeated = em.createNamedQuery("StockTakeEntry.findText", StockTakeEntry.class)
                    .setParameter("stockTake", stockTakeId)
                    .setParameter("text", entry.getScannedText().toUpperCase(java.util.Locale.ROOT))
                    .getResultStream().findFirst().isPresent();
            if (!repeated) {
                em.persist(entry);
                em.flush();
            }
            return new Scan(entry.getScannedText(), null, ScanOutcome.NOT_IN_REGISTER, null, repeated);
        }
        Optional<StockTakeEntry> before = em.createNamedQuery("StockTakeEntry.find", StockTakeEntry.class)
                .setParameter("stockTake", stockTakeId).setParameter("asset", asset.getId()).getResultStream()
                .findFirst();
        String registeredAt = asset.getLocation() == null ? null : asset.getLocation().getName();
        if (before.isPresent()) {
            return new Scan(asset.getInventoryNumber(), asset.getName(), before.get().getOutcome(), registeredAt, true);
        }
        ScanOutcome outcome = stockTake.outcomeOf(asset);
        em.persist(new StockTakeEntry(stockTake, asset, outcome, Instant.now()));
        em.flush();
        return new Scan(asset.getInventoryNumber(), asset.getName(), outcome, registeredAt, false);
    }

    /**
     * Closes the session: every expected asset not scanned is missing; with {@code updateLocations} the assets
     * found in this room though registered elsewhere are moved here.
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public StockTake close(@RecordId(StockTake.class) long stockTakeId, long version, boolean updateLocations) {
        StockTake stockTake = lv.ludza.openup.shared.Records.current(em, StockTake.class, stockTakeId, version);
        PartnerScope.requireRecordsOf(em, context, stockTake.getPartner());
        stockTake.requireOpen();
        Set<Long> scanned = new HashSet<>(em.createNamedQuery("StockTakeEntry.scannedIds", Long.class)
                .setParameter("stockTake", stockTakeId).getResultList());
        List<Asset> expected = stockTake.getLocation() == null
                ? em.createNamedQuery("Asset.expectedAtPartner", Asset.class)
                        .setParameter("partner", stockTake.getPartner().getId()).setParameter("disposed", DISPOSED)
                        .getResultList()
                : em.createNamedQuery("Asset.expectedInRoom", Asset.class)
                        .setParameter("location", stockTake.getLocation().getId()).setParameter("disposed", DISPOSED)
                        .getResultList();
        Instant now = Instant.now();
        expected.stream().filter(asset -> !scanned.contains(asset.getId()))
                .forEach(asset -> em.persist(new StockTakeEntry(stockTake, asset, ScanOutcome.MISSING, now)));
        if (updateLocations && stockTake.getLocation() != null) {
            entries(stockTakeId).stream().filter(entry -> entry.getOutcome() == ScanOutcome.MOVED)
                    .forEach(entry -> entry.getAsset().moveTo(stockTake.getLocation()));
        }
        stockTake.close(LocalDate.now(InventoryService.RIGA), updateLocations && stockTake.getLocation() != null);
        em.flush();
        return find(stockTakeId).orElseThrow();
    }
}
