package lv.ludza.openup.inventory;

import static lv.ludza.openup.security.Role.ACCOUNTANT_ROLE;
import static lv.ludza.openup.security.Role.ADMIN_ROLE;
import static lv.ludza.openup.security.Role.AUDITOR_ROLE;
import static lv.ludza.openup.security.Role.COORDINATOR_ROLE;
import static lv.ludza.openup.security.Role.STAFF_ROLE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import lv.ludza.openup.documents.DocumentOwner;
import lv.ludza.openup.procurement.ExpenditureItem;
import lv.ludza.openup.procurement.InvoiceLine;
import lv.ludza.openup.project.BudgetLine;
import lv.ludza.openup.project.CostCategory;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.shared.ListQuery;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.ProjectTime;
import lv.ludza.openup.shared.Records;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.RecordId;
import lv.ludza.openup.security.PartnerScope;

/**
 * The asset register: everybody reads it; staff keep their own partner's assets, the coordinator everybody's.
 * Each asset's keep-until date follows its project's end and durability period.
 */
@Stateless
@RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
public class InventoryService {

    public static final ZoneId RIGA = ProjectTime.ZONE;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    private ListQuery<Asset> list;

    @PostConstruct
    void init() {
        list = new ListQuery<>(em, Asset.class,
                Set.of("inventoryNumber", "name", "manufacturer", "model", "serialNumber", "custodian", "lentTo"),
                Set.of("status"), "inventoryNumber",
                Set.of("partner", "location", "invoiceLine", "category"),
                Set.of("partner", "location", "category"))
                .alsoSortedBy("keepUntil", "acquiredOn", "net.amount", "category.nameLv", "category.nameLt",
                        "category.nameEn");
    }

    /** How many assets the filters select (one statement). */
    public long count(Map<String, String> filters) {
        return list.count(filters);
    }

    /** A page of assets with partner, room and category (one statement whatever the page size). */
    public List<Asset> page(PageRequest request) {
        return list.page(request);
    }

    /** Everything the filters select, in order, for an export; returns how many. */
    public long export(Map<String, String> filters, String sortField, boolean ascending, Consumer<Asset> each) {
        long[] count = { 0 };
        try (var stream = list.stream(filters, sortField, ascending)) {
            stream.forEach(asset -> {
                each.accept(asset);
                count[0]++;
            });
        }
        return count[0];
    }

    public Optional<Asset> find(@RecordId(Asset.class) long id) {
        return em.createNamedQuery("Asset.withRelations", Asset.class).setParameter("id", id).getResultStream()
                .findFirst();
    }

    public Optional<Asset> findByNumber(String number) {
        return em.createNamedQuery("Asset.findByNumber", Asset.class)
                .setParameter("number", number == null ? "" : number.trim().toUpperCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
    }

    /** Assets by id with partner and room, in the order given (labels of a selection). */
    public List<Asset> findAll(@RecordId(Asset.class) List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM Asset a JOIN FETCH a.partner LEFT JOIN FETCH a.location"
                + " WHERE a.id IN :ids ORDER BY a.inventoryNumber", Asset.class).setParameter("ids", ids).getResultList();
    }

    public List<Asset> ofInvoiceLine(@RecordId(InvoiceLine.class) long lineId) {
        return em.createNamedQuery("Asset.ofInvoiceLine", Asset.class).setParameter("line", lineId).getResultList();
    }

    public long countOfInvoiceLine(@RecordId(InvoiceLine.class) long lineId) {
        return em.createNamedQuery("Asset.countOfInvoiceLine", Long.class).setParameter("line", lineId)
                .getSingleResult();
    }

    public List<Location> locationsOf(@RecordId(Partner.class) long partnerId) {
        return em.createNamedQuery("Location.ofPartner", Location.class).setParameter("partner", partnerId)
                .getResultList();
    }

    public List<Location> locationsOfProject(@RecordId(Project.class) long projectId) {
        return em.createNamedQuery("Location.ofProject", Location.class).setParameter("project", projectId)
                .getResultList();
    }

    /** @throws RuleViolation {@code inventory.location.taken} for a room the partner already has */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public Location addLocation(@RecordId(Partner.class) long partnerId, String name) {
        Partner partner = em.find(Partner.class, partnerId);
        PartnerScope.requireRecordsOf(em, context, partner);
        if (name == null || name.isBlank()) {
            throw RuleViolation.onField("locationName", "inventory.location.required");
        }
        boolean taken = locationsOf(partnerId).stream().anyMatch(l -> l.getName().equalsIgnoreCase(name.trim()));
        if (taken) {
            throw RuleViolation.onField("locationName", "inventory.location.taken", name.trim());
        }
        Location location = new Location(partner, name.trim());
        em.persist(location);
        return location;
    }

    /** The next free inventory number of the partner for the year (what a new asset is offered). */
    public String nextNumber(@RecordId(Partner.class) long partnerId, int year) {
        Partner partner = em.find(Partner.class, partnerId);
        String prefix = Asset.prefixOf(partner) + "-" + year + "-";
        String last = em.createNamedQuery("Asset.lastNumber", String.class).setParameter("prefix", prefix + "%")
                .getSingleResult();
        return Asset.nextNumber(Asset.prefixOf(partner), year, last);
    }

    /**
     * Saves an asset as edited on its screen. Only the coordinator changes an existing asset's inventory number.
     *
     * @throws RuleViolation {@code inventory.number.taken}, {@code inventory.serial.taken},
     *         {@code inventory.number.fixed}
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public Asset save(@NotNull @Valid Asset edited) {
        Partner partner = em.find(Partner.class, edited.getPartner().getId());
        PartnerScope.requireRecordsOf(em, context, partner);
        boolean numbered = edited.isNew();
        if (!edited.isNew()) {
            Asset current = Records.current(em, Asset.class, edited.getId(), edited.getVersion());
            PartnerScope.requireRecordsOf(em, context, current.getPartner());
            if (!current.getInventoryNumber().equals(edited.getInventoryNumber())
                    && !context.isCallerInRole(COORDINATOR_ROLE) && !context.isCallerInRole(ADMIN_ROLE)) {
                throw RuleViolation.onField("inventoryNumber", "inventory.number.fixed");
            }
            numbered = !current.getInventoryNumber().equals(edited.getInventoryNumber());
            if (current.getStatus() != edited.getStatus()) {
                throw new lv.ludza.openup.shared.ConcurrentChangeException(current.getUpdatedBy());
            }
        }
        edited.setPartner(partner);
        if (numbered) {
            requireInSeries(edited);
        }
        requireUnique(edited);
        edited.setCategory(categoryFor(edited));
        if (edited.getLocation() != null) {
            Location location = em.find(Location.class, edited.getLocation().getId());
            if (!location.getPartner().getId().equals(partner.getId())) {
                throw RuleViolation.onField("location", "inventory.location.otherPartner");
            }
            edited.setLocation(location);
        }
        edited.keepUntil(keepUntilFor(partner.getProject()));
        return find(Records.save(em, edited).getId()).orElseThrow();
    }

    /**
     * The asset's category as stored: a new asset, or one that changes its category, takes only a category in use
     * for new assets; an asset keeps the category it has even when that one is no longer in use.
     *
     * @throws RuleViolation {@code inventory.category.inactive} on {@code category}
     */
    private AssetCategory categoryFor(Asset edited) {
        if (edited.getCategory() == null || edited.getCategory().getId() == null) {
            throw RuleViolation.onField("category", "inventory.category.required");
        }
        AssetCategory category = em.find(AssetCategory.class, edited.getCategory().getId());
        if (category == null) {
            throw RuleViolation.onField("category", "error.recordDeleted");
        }
        if (!category.isActive()) {
            boolean kept = !edited.isNew() && em.createQuery("SELECT a.category.id FROM Asset a WHERE a.id = :id",
                    Long.class).setParameter("id", edited.getId()).getSingleResult().equals(category.getId());
            if (!kept) {
                throw RuleViolation.onField("category", "inventory.category.inactive", category.getCode());
            }
        }
        return category;
    }

    /**
     * A typed (new or changed) inventory number is in the partner's series of the acquisition year.
     *
     * @throws RuleViolation {@code inventory.number.series} on {@code inventoryNumber}, with the series and the next
     *         free number in it
     */
    private void requireInSeries(Asset asset) {
        if (!asset.numberFitsSeries()) {
            int year = (asset.getAcquiredOn() == null ? LocalDate.now(RIGA) : asset.getAcquiredOn()).getYear();
            throw RuleViolation.onField("inventoryNumber", "inventory.number.series",
                    Asset.seriesOf(asset.getPartner(), year), nextNumber(asset.getPartner().getId(), year));
        }
    }

    private void requireUnique(Asset asset) {
        findByNumber(asset.getInventoryNumber()).filter(other -> !other.getId().equals(asset.getId()))
                .ifPresent(other -> {
                    throw RuleViolation.onField("inventoryNumber", "inventory.number.taken", other.getInventoryNumber(),
                            other.getName());
                });
        if (asset.getSerialNumber() != null) {
            em.createNamedQuery("Asset.findBySerial", Asset.class)
                    .setParameter("manufacturer", asset.getManufacturer())
                    .setParameter("serial", asset.getSerialNumber()).getResultStream()
                    .filter(other -> !other.getId().equals(asset.getId())).findFirst()
                    .ifPresent(other -> {
                        throw RuleViolation.onField("serialNumber", "inventory.serial.taken",
                                other.getInventoryNumber());
                    });
        }
    }

    /**
     * Imports assets from the rows of a file, all or nothing: every row is checked first (required fields, category,
     * partner of the project, room of the partner, dates, amounts, inventory numbers and serial numbers per
     * manufacturer unique in the file and in the register, staff only their own partner's rows); if any row has a
     * problem nothing is saved and every problem is returned. A blank inventory number is given the partner's next
     * number of the acquisition year.
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public AssetImport.Result importAssets(@RecordId(Project.class) long projectId, @NotNull List<AssetImport.Row> rows) {
        List<AssetImport.Problem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(new AssetImport.Problem(0, "", "inventory.import.empty", List.of()));
            return new AssetImport.Result(problems, 0);
        }
        Map<String, Partner> partners = new java.util.HashMap<>();
        em.createQuery("SELECT p FROM Partner p WHERE p.project.id = :project", Partner.class)
                .setParameter("project", projectId).getResultList()
                .forEach(p -> partners.put(p.getShortName().trim().toLowerCase(java.util.Locale.ROOT), p));
        Map<Long, Boolean> allowed = new java.util.HashMap<>();
        Map<Long, Map<String, Location>> rooms = new java.util.HashMap<>();
        Map<String, Integer> numbersInFile = new java.util.HashMap<>();
        Map<String, Integer> serialsInFile = new java.util.HashMap<>();
        Map<String, String> lastNumbers = new java.util.HashMap<>();
        List<AssetCategory> categories = em.createNamedQuery("AssetCategory.findAll", AssetCategory.class)
                .getResultList();
        Project project = em.find(Project.class, projectId);
        LocalDate keepUntil = project == null ? null : keepUntilFor(project);
        List<Asset> assets = new ArrayList<>();
        for (AssetImport.Row row : rows) {
            int n = row.rowNumber();
            int before = problems.size();
            String name = trimmed(row.name());
            if (name == null) {
                problems.add(problem(n, "name", "inventory.import.missing"));
            } else if (name.length() > 200) {
                problems.add(problem(n, "name", "inventory.import.tooLong", 200));
            }
            AssetCategory category = null;
            String categoryText = trimmed(row.category());
            if (categoryText == null) {
                problems.add(problem(n, "category", "inventory.import.missing"));
            } else {
                category = categories.stream().filter(c -> c.isCalled(categoryText)).findFirst().orElse(null);
                if (category == null) {
                    problems.add(problem(n, "category", "inventory.import.unknownCategory", categoryText));
                } else if (!category.isActive()) {
                    problems.add(problem(n, "category", "inventory.import.inactiveCategory", categoryText));
                    category = null;
                }
            }
            Partner partner = null;
            String partnerText = trimmed(row.partner());
            if (partnerText == null) {
                problems.add(problem(n, "partner", "inventory.import.missing"));
            } else {
                partner = partners.get(partnerText.toLowerCase(java.util.Locale.ROOT));
                if (partner == null) {
                    problems.add(problem(n, "partner", "inventory.import.unknownPartner", partnerText));
                } else if (!allowed.computeIfAbsent(partner.getId(), id -> mayChangeAssetsOf(partners.values()
                        .stream().filter(p -> p.getId().equals(id)).findFirst().orElseThrow()))) {
                    problems.add(problem(n, "partner", "inventory.import.notYourPartner", partnerText));
                    partner = null;
                }
            }
            Location location = null;
            String room = trimmed(row.location());
            if (room != null && partner != null) {
                Partner owner = partner;
                location = rooms.computeIfAbsent(owner.getId(), id -> {
                    Map<String, Location> byName = new java.util.HashMap<>();
                    locationsOf(id).forEach(l -> byName.put(l.getName().trim().toLowerCase(java.util.Locale.ROOT), l));
                    return byName;
                }).get(room.toLowerCase(java.util.Locale.ROOT));
                if (location == null) {
                    problems.add(problem(n, "location", "inventory.import.unknownRoom", room, partnerText));
                }
            }
            LocalDate acquiredOn = null;
            String dateText = trimmed(row.acquiredOn());
            if (dateText != null) {
                acquiredOn = date(dateText);
                if (acquiredOn == null) {
                    problems.add(problem(n, "acquiredOn", "inventory.import.badDate", dateText));
                }
            }
            BigDecimal net = amount(row.net(), n, "net", problems);
            BigDecimal gross = amount(row.gross(), n, "gross", problems);
            if (net != null && gross != null && gross.compareTo(net) < 0) {
                problems.add(problem(n, "gross", "inventory.import.grossBelowNet", gross.toPlainString(),
                        net.toPlainString()));
            }
            if (gross != null && net == null && trimmed(row.net()) == null) {
                problems.add(problem(n, "net", "inventory.import.missing"));
            }
            String manufacturer = trimmed(row.manufacturer());
            String model = trimmed(row.model());
            String serial = trimmed(row.serialNumber());
            for (String[] text : new String[][] { { "manufacturer", manufacturer }, { "model", model },
                    { "serialNumber", serial } }) {
                if (text[1] != null && text[1].length() > 100) {
                    problems.add(problem(n, text[0], "inventory.import.tooLong", 100));
                }
            }
            String number = trimmed(row.number());
            if (number != null) {
                number = number.toUpperCase(java.util.Locale.ROOT);
                int year = (acquiredOn == null ? LocalDate.now(RIGA) : acquiredOn).getYear();
                if (!number.matches(Asset.NUMBER_PATTERN)) {
                    problems.add(problem(n, "number", "inventory.import.badNumber", number));
                } else if (partner != null && !number.startsWith(acquiredOn == null ? Asset.prefixOf(partner) + "-"
                        : Asset.seriesOf(partner, year))) {
                    problems.add(problem(n, "number", "inventory.import.numberSeries", number,
                            Asset.seriesOf(partner, year)));
                } else {
                    Integer earlier = numbersInFile.putIfAbsent(number, n);
                    if (earlier != null) {
                        problems.add(problem(n, "number", "inventory.import.numberTwice", number, earlier));
                    } else {
                        String taken = number;
                        findByNumber(number).ifPresent(other -> problems.add(problem(n, "number",
                                "inventory.number.taken", taken, other.getName())));
                    }
                }
            }
            if (serial != null) {
                String key = (manufacturer == null ? "" : manufacturer.toLowerCase(java.util.Locale.ROOT)) + "\u0000"
                        + serial.toLowerCase(java.util.Locale.ROOT);
                Integer earlier = serialsInFile.putIfAbsent(key, n);
                if (earlier != null) {
                    problems.add(problem(n, "serialNumber", "inventory.import.serialTwice", serial, earlier));
                } else {
                    em.createNamedQuery("Asset.findBySerial", Asset.class).setParameter("manufacturer", manufacturer)
                            .setParameter("serial", serial).setMaxResults(1).getResultStream().findFirst()
                            .ifPresent(other -> problems.add(problem(n, "serialNumber", "inventory.serial.taken",
                                    other.getInventoryNumber())));
                }
            }
            if (problems.size() > before) {
                continue;
            }
            if (number == null) {
                int year = (acquiredOn == null ? LocalDate.now(RIGA) : acquiredOn).getYear();
                String series = Asset.prefixOf(partner) + "-" + year + "-";
                String last = lastNumbers.computeIfAbsent(series, s -> em.createNamedQuery("Asset.lastNumber",
                        String.class).setParameter("prefix", s + "%").getSingleResult());
                do {
                    last = Asset.nextNumber(Asset.prefixOf(partner), year, last);
                } while (numbersInFile.containsKey(last));
                lastNumbers.put(series, last);
                number = last;
            }
            Asset asset = new Asset(partner, number, name, category);
            asset.setLocation(location);
            asset.setAcquiredOn(acquiredOn);
            asset.setManufacturer(manufacturer);
            asset.setModel(model);
            asset.setSerialNumber(serial);
            if (net != null) {
                asset.setNet(Money.eur(net));
                asset.setVat(Money.eur(gross == null ? BigDecimal.ZERO : gross.subtract(net)));
            }
            asset.keepUntil(keepUntil);
            assets.add(asset);
        }
        if (!problems.isEmpty()) {
            return new AssetImport.Result(problems, 0);
        }
        assets.forEach(em::persist);
        em.flush();
        return new AssetImport.Result(List.of(), assets.size());
    }

    private boolean mayChangeAssetsOf(Partner partner) {
        try {
            PartnerScope.requireRecordsOf(em, context, partner);
            return true;
        } catch (jakarta.ejb.EJBAccessException e) {
            return false;
        }
    }

    private static AssetImport.Problem problem(int row, String column, String key, Object... args) {
        return new AssetImport.Problem(row, column, key, List.of(args));
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static final List<java.time.format.DateTimeFormatter> DATES = List.of(
            java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu"),
            java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu"));

    static LocalDate date(String text) {
        String plain = text.strip();
        if (plain.endsWith(".")) {
            plain = plain.substring(0, plain.length() - 1);
        }
        for (var format : DATES) {
            try {
                return LocalDate.parse(plain, format.withResolverStyle(java.time.format.ResolverStyle.STRICT));
            } catch (java.time.format.DateTimeParseException e) {
                // the next format
            }
        }
        return null;
    }

    private static BigDecimal amount(String text, int row, String column, List<AssetImport.Problem> problems) {
        String plain = trimmed(text);
        if (plain == null) {
            return null;
        }
        try {
            BigDecimal value = lv.ludza.openup.shared.TypedNumber.parse(plain);
            if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2 || value.compareTo(new BigDecimal(
                    "999999999999")) > 0) {
                problems.add(problem(row, column, "inventory.import.badAmount", plain));
                return null;
            }
            return value.setScale(2, RoundingMode.UNNECESSARY);
        } catch (NumberFormatException e) {
            problems.add(problem(row, column, "inventory.import.badAmount", plain));
            return null;
        }
    }

    /** What a new asset from an invoice line would be, for the screen to show before creating them. */
    public record FromInvoice(long lineId, String description, int quantity, String firstNumber, long existing)
            implements java.io.Serializable {
    }

    public FromInvoice previewFromInvoiceLine(@RecordId(InvoiceLine.class) long lineId) {
        InvoiceLine line = line(lineId);
        int year = line.getInvoice().getIssuedOn().getYear();
        return new FromInvoice(lineId, line.getDescription(), units(line),
                nextNumber(line.getInvoice().getPartner().getId(), year), countOfInvoiceLine(lineId));
    }

    /**
     * From an invoice line of quantity N, N assets with consecutive inventory numbers and the invoice's data: the
     * unit price split to the cent ({@link InvoiceLine#splitInto}: the leftover cents one at a time on the first
     * assets), the date, the budget line the line was declared on (or
     * the partner's equipment line).
     *
     * @throws RuleViolation {@code inventory.fromInvoice.already} when the line's assets are registered,
     *         {@code inventory.fromInvoice.quantity} for a quantity that is not a whole number of items
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public List<Asset> createFromInvoiceLine(@RecordId(InvoiceLine.class) long lineId, @NotNull AssetCategory category, String name,
            @RecordId(Location.class) Long locationId, String custodian) {
        InvoiceLine line = line(lineId);
        Partner partner = line.getInvoice().getPartner();
        PartnerScope.requireRecordsOf(em, context, partner);
        AssetCategory kind = em.find(AssetCategory.class, category.getId());
        if (kind == null || !kind.isActive()) {
            throw RuleViolation.onField("category", "inventory.category.inactive", category.getCode());
        }
        long existing = countOfInvoiceLine(lineId);
        if (existing > 0) {
            throw new RuleViolation("inventory.fromInvoice.already", existing, line.label());
        }
        int units = units(line);
        Location location = locationId == null ? null : em.find(Location.class, locationId);
        if (location != null && !location.getPartner().getId().equals(partner.getId())) {
            throw RuleViolation.onField("location", "inventory.location.otherPartner");
        }
        BudgetLine budget = budgetLineOf(line, partner);
        LocalDate keepUntil = keepUntilFor(partner.getProject());
        List<InvoiceLine.Share> shares = line.splitInto(units);
        String number = nextNumber(partner.getId(), line.getInvoice().getIssuedOn().getYear());
        String title = name == null || name.isBlank() ? line.getDescription() : name.trim();
        List<Asset> created = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            Money net = shares.get(i).net();
            Money vat = shares.get(i).vat();
            Asset asset = new Asset(partner, number, title.length() > 200 ? title.substring(0, 200) : title, kind);
            asset.paidFrom(line, budget, net, vat);
            asset.setLocation(location);
            asset.setCustodian(custodian);
            asset.keepUntil(keepUntil);
            em.persist(asset);
            created.add(asset);
            number = Asset.nextNumber(Asset.prefixOf(partner), line.getInvoice().getIssuedOn().getYear(), number);
        }
        em.flush();
        return created;
    }

    /** An invoice line with its invoice and partner. */
    public InvoiceLine invoiceLine(@RecordId(InvoiceLine.class) long lineId) {
        return line(lineId);
    }

    private InvoiceLine line(long lineId) {
        InvoiceLine line = em.createQuery("SELECT l FROM InvoiceLine l JOIN FETCH l.invoice i JOIN FETCH i.partner p"
                + " JOIN FETCH p.project WHERE l.id = :id", InvoiceLine.class).setParameter("id", lineId)
                .getResultStream().findFirst().orElseThrow(() -> new RuleViolation("error.recordDeleted"));
        return line;
    }

    private static int units(InvoiceLine line) {
        BigDecimal quantity = line.getQuantity().stripTrailingZeros();
        if (quantity.scale() > 0 || quantity.signum() <= 0 || quantity.compareTo(BigDecimal.valueOf(500)) > 0) {
            throw new RuleViolation("inventory.fromInvoice.quantity", line.getQuantity().toPlainString());
        }
        return quantity.intValueExact();
    }

    private BudgetLine budgetLineOf(InvoiceLine line, Partner partner) {
        return em.createNamedQuery("ExpenditureItem.ofInvoiceLine", ExpenditureItem.class)
                .setParameter("line", line.getId()).getResultStream().map(ExpenditureItem::getBudgetLine).findFirst()
                .orElseGet(() -> em.createQuery("SELECT b FROM BudgetLine b WHERE b.partner = :partner"
                        + " AND b.category = :category", BudgetLine.class).setParameter("partner", partner)
                        .setParameter("category", CostCategory.EQUIPMENT).getResultStream().findFirst().orElse(null));
    }

    /** Lends an asset (as shown) out to a person or room until a date. */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public Asset checkOut(@RecordId(Asset.class) long id, long version, String to, LocalDate due) {
        Asset asset = changeable(id, version);
        asset.checkOutTo(to, due);
        return saved(asset);
    }

    /** Takes an asset (as shown) back from loan or repair. */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public Asset checkIn(@RecordId(Asset.class) long id, long version) {
        Asset asset = changeable(id, version);
        asset.checkIn();
        return saved(asset);
    }

    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public Asset sendToRepair(@RecordId(Asset.class) long id, long version, String where) {
        Asset asset = changeable(id, version);
        asset.sendToRepair(where);
        return saved(asset);
    }

    /**
     * Records an asset as lost or written off. Before keep-until, the approver and a document attached to the asset
     * (the disposal act) are required.
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public Asset dispose(@RecordId(Asset.class) long id, long version, AssetStatus end, LocalDate on, String reason, String method,
            String approver) {
        Asset asset = changeable(id, version);
        long documents = em.createNamedQuery("Document.countOf", Long.class).setParameter("owner", DocumentOwner.ASSET)
                .setParameter("ownerId", id).getSingleResult();
        asset.dispose(end, on, reason, method, approver, documents > 0);
        return saved(asset);
    }

    private Asset changeable(long id, long version) {
        Asset asset = Records.current(em, Asset.class, id, version);
        PartnerScope.requireRecordsOf(em, context, asset.getPartner());
        return asset;
    }

    private Asset saved(Asset asset) {
        em.flush();
        return find(asset.getId()).orElseThrow();
    }

    // ---- durability

    public int durabilityYears(@RecordId(Project.class) long projectId) {
        DurabilityPeriod period = em.find(DurabilityPeriod.class, projectId);
        return period == null ? DurabilityPeriod.DEFAULT_YEARS : period.getYears();
    }

    /** Sets the project's durability period and moves every asset's keep-until date with it. */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE })
    public int setDurabilityYears(@RecordId(Project.class) long projectId, int years) {
        DurabilityPeriod period = em.find(DurabilityPeriod.class, projectId);
        if (period == null) {
            em.persist(new DurabilityPeriod(projectId, years));
        } else {
            period.setYears(years);
        }
        em.flush();
        Project project = em.find(Project.class, projectId);
        LocalDate keepUntil = keepUntilFor(project);
        return em.createQuery("UPDATE Asset a SET a.keepUntil = :keepUntil WHERE a.partner IN"
                + " (SELECT p FROM Partner p WHERE p.project.id = :project)")
                .setParameter("keepUntil", keepUntil).setParameter("project", projectId).executeUpdate();
    }

    /** The project's end plus its durability period. */
    public LocalDate keepUntilFor(Project project) {
        if (project.getPeriod() == null || project.getPeriod().end() == null) {
            return null;
        }
        return project.getPeriod().end().plusYears(durabilityYears(project.getId()));
    }

    /** Assets still kept whose keep-until date comes within {@code months} months. */
    public List<Asset> keepUntilSoon(@RecordId(Project.class) long projectId, int months) {
        return em.createNamedQuery("Asset.keepUntilBefore", Asset.class).setParameter("project", projectId)
                .setParameter("until", LocalDate.now(RIGA).plusMonths(months))
                .setParameter("kept", EnumSet.of(AssetStatus.IN_USE, AssetStatus.LENT_OUT, AssetStatus.IN_REPAIR))
                .setMaxResults(500).getResultList();
    }

    /** Assets lost or written off before their keep-until date: the durability rule's exceptions. */
    public List<Asset> disposedEarly(@RecordId(Project.class) long projectId) {
        return em.createNamedQuery("Asset.disposedEarly", Asset.class).setParameter("project", projectId)
                .setParameter("disposed", EnumSet.of(AssetStatus.LOST, AssetStatus.WRITTEN_OFF)).getResultList();
    }
}
