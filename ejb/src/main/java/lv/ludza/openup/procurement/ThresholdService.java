package lv.ludza.openup.procurement;

import static lv.ludza.openup.security.Role.ACCOUNTANT_ROLE;
import static lv.ludza.openup.security.Role.ADMIN_ROLE;
import static lv.ludza.openup.security.Role.AUDITOR_ROLE;
import static lv.ludza.openup.security.Role.COORDINATOR_ROLE;
import static lv.ludza.openup.security.Role.STAFF_ROLE;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import lv.ludza.openup.project.CostCategory;
import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.security.PartnerScope;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.Records;
import lv.ludza.openup.shared.RecordId;
import lv.ludza.openup.shared.SharedByProjects;

/**
 * Procurement thresholds (data the accountants keep) and the warning they drive: costs bought from one supplier
 * for one budget line that reach a threshold without a procedure of the kind it asks for.
 */
@Stateless
@RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
public class ThresholdService {

    /** Purchases of one kind from one supplier within this many months are added up (split purchases). */
    public static final int WINDOW_MONTHS = 12;

    @PersistenceContext
    private EntityManager em;

    @jakarta.annotation.Resource
    private jakarta.ejb.SessionContext context;

    @SharedByProjects
    public List<ProcurementThreshold> findAll() {
        return em.createNamedQuery("ProcurementThreshold.findAll", ProcurementThreshold.class).getResultList();
    }

    /** The most demanding threshold a contract of this value reaches, if any. */
    @SharedByProjects
    public Optional<ProcurementThreshold> reached(@NotNull Country country, @NotNull ContractType type,
            @NotNull LocalDate day, @NotNull Money value) {
        return em.createNamedQuery("ProcurementThreshold.validOn", ProcurementThreshold.class)
                .setParameter("country", country).setParameter("type", type).setParameter("day", day)
                .getResultStream().filter(threshold -> threshold.applies(value)).findFirst();
    }

    @SharedByProjects
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public ProcurementThreshold save(@NotNull @Valid ProcurementThreshold threshold) {
        PartnerScope.requireCountry(em, context, threshold.getCountry());
        if (!threshold.isNew()) {
            // an accountant moves no other country's threshold into their own
            PartnerScope.requireCountry(em, context,
                    Records.current(em, ProcurementThreshold.class, threshold.getId(), threshold.getVersion())
                            .getCountry());
        }
        threshold.check();
        return Records.save(em, threshold);
    }

    @SharedByProjects
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public void delete(@RecordId(ProcurementThreshold.class) long id, long version) {
        ProcurementThreshold threshold = Records.current(em, ProcurementThreshold.class, id, version);
        PartnerScope.requireCountry(em, context, threshold.getCountry());
        em.remove(threshold);
    }

    /** The countries whose thresholds the caller keeps (the thresholds page offers editing only these). */
    @SharedByProjects
    public java.util.Set<Country> countriesKept() {
        java.util.Set<Country> kept = java.util.EnumSet.noneOf(Country.class);
        for (Country country : Country.values()) {
            if (PartnerScope.keepsCountry(em, context, country)) {
                kept.add(country);
            }
        }
        return kept;
    }

    /**
     * The check where money is entered: what one partner bought from one supplier of one kind in the
     * {@value #WINDOW_MONTHS} months up to {@code day}, with a record of {@code net} entered on that day, against the
     * thresholds of the partner's country valid on it — the warning of {@link #warnings} for a record not saved yet.
     * Contracts count with their value as signed; invoices under no contract with their lines' net (an invoice under a
     * contract is covered by it). Several records adding up to a threshold are a purchase split in parts. Two sums
     * over indexed rows of one partner and supplier, and one look-up of the procedures awarded to the supplier.
     *
     * @param contractId the contract being entered (its stored value is replaced by {@code net}), or null
     * @param invoiceId the invoice being entered (likewise), or null
     * @return the warning, or empty when no threshold is reached or a procedure of the kind required (or a stricter
     *         one) was awarded to the supplier
     */
    public Optional<ThresholdWarning> atEntry(@RecordId(Partner.class) long partnerId,
            @RecordId(Supplier.class) long supplierId, @NotNull ContractType type, @NotNull LocalDate day,
            @NotNull Money net, @RecordId(Contract.class) Long contractId, @RecordId(Invoice.class) Long invoiceId) {
        Partner partner = em.find(Partner.class, partnerId);
        if (partner == null) {
            return Optional.empty();
        }
        LocalDate from = day.minusMonths(WINDOW_MONTHS);
        Object[] contracts = (Object[]) em.createNativeQuery("SELECT count(*), coalesce(sum(amount_net), 0)"
                + " FROM contract WHERE supplier_id = ?1 AND partner_id = ?2 AND signed_on > ?3 AND signed_on <= ?4"
                + " AND contract_type = ?5 AND id <> ?6")
                .setParameter(1, supplierId).setParameter(2, partnerId).setParameter(3, from).setParameter(4, day)
                .setParameter(5, type.name()).setParameter(6, contractId == null ? -1L : contractId)
                .getSingleResult();
        Object[] invoices = (Object[]) em.createNativeQuery("SELECT count(DISTINCT i.id), coalesce(sum(l.amount_net), 0)"
                + " FROM invoice i JOIN invoice_line l ON l.invoice_id = i.id WHERE i.supplier_id = ?1"
                + " AND i.partner_id = ?2 AND i.issued_on > ?3 AND i.issued_on <= ?4 AND i.contract_type = ?5"
                + " AND i.contract_id IS NULL AND i.id <> ?6")
                .setParameter(1, supplierId).setParameter(2, partnerId).setParameter(3, from).setParameter(4, day)
                .setParameter(5, type.name()).setParameter(6, invoiceId == null ? -1L : invoiceId)
                .getSingleResult();
        Money total = net.plus(Money.eur(decimal(contracts[1]))).plus(Money.eur(decimal(invoices[1])));
        int records = 1 + ((Number) contracts[0]).intValue() + ((Number) invoices[0]).intValue();
        ProcedureType strongest = awardedTo(partnerId, supplierId);
        return strictest(findAll(), partner.getCountry(), type, day, total)
                .filter(threshold -> strongest == null || !strongest.meets(threshold.getRequiredProcedure()))
                .map(threshold -> new ThresholdWarning(partner.getCountry(), type, total, threshold.getAmount(),
                        threshold.getRequiredProcedure(), strongest, records));
    }

    /** The most demanding procedure the partner awarded to the supplier, or null. */
    private ProcedureType awardedTo(long partnerId, long supplierId) {
        ProcedureType held = null;
        for (ProcedureType awarded : em.createQuery("SELECT p.procedureType FROM ProcurementProcedure p"
                + " WHERE p.partner.id = :partner AND p.winner.id = :supplier"
                + " AND p.status = lv.ludza.openup.procurement.ProcedureStatus.AWARDED", ProcedureType.class)
                .setParameter("partner", partnerId).setParameter("supplier", supplierId).getResultList()) {
            held = stronger(held, awarded);
        }
        return held;
    }

    /**
     * The check in the declare dialog: the warning of {@link #warnings} that declaring this invoice line on the budget
     * line of this category would give — the partner's declared costs from the line's supplier on that budget line
     * (the spending total) with the line's net, against the thresholds valid on the first invoice's date.
     *
     * @return the warning (its record count 1: one budget line's total), or empty
     */
    public Optional<ThresholdWarning> atDeclaration(@RecordId(InvoiceLine.class) long lineId,
            @NotNull CostCategory category) {
        InvoiceLine line = em.find(InvoiceLine.class, lineId);
        Optional<ContractType> type = ContractType.buying(category);
        if (line == null || type.isEmpty()) {
            return Optional.empty();
        }
        Invoice invoice = line.getInvoice();
        Partner partner = invoice.getPartner();
        long supplierId = invoice.getSupplier().getId();
        Money bought = line.getNet();
        LocalDate first = invoice.getIssuedOn();
        @SuppressWarnings("unchecked")
        List<Object[]> declared = em.createNativeQuery("SELECT net, first_issued_on FROM spending_by_supplier"
                + " WHERE partner_id = ?1 AND category = ?2 AND supplier_id = ?3")
                .setParameter(1, partner.getId()).setParameter(2, category.name()).setParameter(3, supplierId)
                .getResultList();
        for (Object[] row : declared) {
            bought = bought.plus(Money.eur(decimal(row[0])));
            LocalDate since = row[1] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[1];
            first = since.isBefore(first) ? since : first;
        }
        Money total = bought;
        ProcedureType held = awardedTo(partner.getId(), supplierId);
        return strictest(findAll(), partner.getCountry(), type.get(), first, total)
                .filter(threshold -> held == null || !held.meets(threshold.getRequiredProcedure()))
                .map(threshold -> new ThresholdWarning(partner.getCountry(), type.get(), total, threshold.getAmount(),
                        threshold.getRequiredProcedure(), held, 1));
    }

    /**
     * {@link #atEntry} for an invoice: one under a contract is covered by it and checked as the contract (its kind,
     * date and value), one under none with its own kind, date and net.
     *
     * @param contractId the contract the invoice is under, or null
     * @param invoiceId the invoice being entered, or null for a new one
     */
    public Optional<ThresholdWarning> forInvoice(@RecordId(Partner.class) long partnerId,
            @RecordId(Supplier.class) long supplierId, @NotNull ContractType type, @NotNull LocalDate issuedOn,
            @NotNull Money net, @RecordId(Contract.class) Long contractId, @RecordId(Invoice.class) Long invoiceId) {
        Contract contract = contractId == null ? null : em.find(Contract.class, contractId);
        if (contract != null) {
            return atEntry(partnerId, supplierId, contract.getContractType(), contract.getSignedOn(),
                    contract.getNet(), contract.getId(), invoiceId);
        }
        return atEntry(partnerId, supplierId, type, issuedOn, net, null, invoiceId);
    }

    /**
     * What a project's partners bought from one supplier, per partner, kind and calendar year (contracts with their
     * value as signed, invoices under no contract with their lines' net), each with the highest threshold of the
     * partner's country valid at the end of the year that it reaches. One grouped statement over the supplier's rows.
     */
    public List<SupplierTotal> totalsOfSupplier(@RecordId(Supplier.class) long supplierId,
            @RecordId(Project.class) long projectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT t.partner_id, t.contract_type, t.bought_in, sum(t.net)"
                + " FROM (SELECT c.partner_id, c.contract_type, extract(year FROM c.signed_on) AS bought_in,"
                + " c.amount_net AS net FROM contract c WHERE c.supplier_id = ?1"
                + " UNION ALL SELECT i.partner_id, i.contract_type, extract(year FROM i.issued_on), l.amount_net"
                + " FROM invoice i JOIN invoice_line l ON l.invoice_id = i.id"
                + " WHERE i.supplier_id = ?1 AND i.contract_id IS NULL) t"
                + " JOIN partner p ON p.id = t.partner_id WHERE p.project_id = ?2"
                + " GROUP BY t.partner_id, t.contract_type, t.bought_in ORDER BY t.bought_in DESC, t.partner_id,"
                + " t.contract_type")
                .setParameter(1, supplierId).setParameter(2, projectId).getResultList();
        List<SupplierTotal> totals = new ArrayList<>();
        if (rows.isEmpty()) {
            return totals;
        }
        List<ProcurementThreshold> thresholds = findAll();
        for (Object[] row : rows) {
            Partner partner = em.find(Partner.class, ((Number) row[0]).longValue());
            ContractType type = ContractType.valueOf((String) row[1]);
            int year = ((Number) row[2]).intValue();
            Money net = Money.eur(decimal(row[3]));
            Optional<ProcurementThreshold> reached = strictest(thresholds, partner.getCountry(), type,
                    LocalDate.of(year, 12, 31), net);
            totals.add(new SupplierTotal(partner.getShortName(), partner.getCountry(), type, year, net,
                    reached.map(ProcurementThreshold::getAmount).orElse(null),
                    reached.map(ProcurementThreshold::getRequiredProcedure).orElse(null)));
        }
        return totals;
    }

    /** Bought from a supplier by one partner, of one kind, in one year, and the threshold it reaches (or nulls). */
    public record SupplierTotal(String partner, Country country, ContractType type, int year, Money net,
            Money threshold, ProcedureType required) implements Serializable {
    }

    private static BigDecimal decimal(Object sum) {
        BigDecimal value = sum instanceof BigDecimal decimal ? decimal : new BigDecimal(sum.toString());
        return value.setScale(Money.SCALE, Money.ROUNDING);
    }

    /** The more demanding of two procedures (either may be null). */
    private static ProcedureType stronger(ProcedureType a, ProcedureType b) {
        return a == null ? b : b == null || a.rank() >= b.rank() ? a : b;
    }

    /** The highest threshold of a country and kind, valid on a day, that a value reaches. */
    private static Optional<ProcurementThreshold> strictest(List<ProcurementThreshold> thresholds, Country country,
            ContractType type, LocalDate day, Money value) {
        return thresholds.stream()
                .filter(t -> t.getCountry() == country && t.getContractType() == type
                        && !t.getValidFrom().isAfter(day)
                        && (t.getValidUntil() == null || !t.getValidUntil().isBefore(day))
                        && t.applies(value))
                .max((a, b) -> a.getAmount().compareTo(b.getAmount()));
    }

    /**
     * Declared costs of one partner from one supplier on one budget line that reach a threshold (valid on the
     * first invoice's date) while the partner awarded that supplier no procedure of the kind required. Three
     * statements whatever the number of items, the sums from the spending totals ({@link SpendingTotals}). The largest
     * purchase first.
     */
    public List<Warning> warnings(@NotNull Project project) {
        Map<Long, Partner> partners = new HashMap<>();
        project.getPartners().forEach(partner -> partners.put(partner.getId(), partner));
        Map<String, ProcedureType> awarded = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT p.partner.id, p.winner.id, p.procedureType"
                + " FROM ProcurementProcedure p WHERE p.partner.project.id = :project AND p.winner IS NOT NULL"
                + " AND p.status = lv.ludza.openup.procurement.ProcedureStatus.AWARDED", Object[].class)
                .setParameter("project", project.getId()).getResultList()) {
            awarded.merge(row[0] + "/" + row[1], (ProcedureType) row[2], ThresholdService::stronger);
        }
        List<ProcurementThreshold> thresholds = findAll();
        List<Warning> warnings = new ArrayList<>();
        if (thresholds.isEmpty()) {
            return warnings;
        }
        // only what reaches the lowest threshold of any kind: of a project's thousands of supplier totals, a few
        BigDecimal lowest = thresholds.stream().map(t -> t.getAmount().amount()).min(BigDecimal::compareTo)
                .orElseThrow();
        @SuppressWarnings("unchecked")
        List<Object[]> reaching = em.createNativeQuery("SELECT t.partner_id, t.category, s.id, s.name, t.net,"
                + " t.first_issued_on FROM spending_by_supplier t JOIN supplier s ON s.id = t.supplier_id"
                + " JOIN partner p ON p.id = t.partner_id WHERE p.project_id = ?1 AND t.net >= ?2")
                .setParameter(1, project.getId()).setParameter(2, lowest).getResultList();
        for (Object[] row : reaching) {
            row[0] = ((Number) row[0]).longValue();
            row[1] = CostCategory.valueOf((String) row[1]);
            row[2] = ((Number) row[2]).longValue();
            row[5] = row[5] instanceof java.sql.Date date ? date.toLocalDate() : row[5];
            Partner partner = partners.get((Long) row[0]);
            CostCategory category = (CostCategory) row[1];
            Money bought = Money.eur((BigDecimal) row[4]);
            LocalDate first = (LocalDate) row[5];
            ContractType.buying(category)
                    .flatMap(type -> strictest(thresholds, partner.getCountry(), type, first, bought))
                    .filter(threshold -> {
                        ProcedureType held = awarded.get(row[0] + "/" + row[2]);
                        return held == null || !held.meets(threshold.getRequiredProcedure());
                    })
                    .ifPresent(threshold -> warnings.add(new Warning(partner.getShortName(), category,
                            (String) row[3], bought, threshold.getAmount(), threshold.getRequiredProcedure(),
                            awarded.get(row[0] + "/" + row[2]))));
        }
        warnings.sort(java.util.Comparator.comparing((Warning w) -> w.bought().amount()).reversed());
        return warnings;
    }

    /**
     * The {@code shown} largest of the project's {@link #warnings} and how many there are: what a page shows (a
     * project at 100× the demo has thousands; only these cross to the screen and pass the scope check).
     */
    public Warnings largestWarnings(@NotNull Project project, int shown) {
        List<Warning> all = warnings(project);
        return new Warnings(List.copyOf(all.subList(0, Math.max(0, Math.min(shown, all.size())))), all.size());
    }

    /** The largest warnings and the number of all. */
    public record Warnings(List<Warning> largest, int count) implements Serializable {
    }

    /** Costs that reached a threshold without the procedure it asks for. */
    public record Warning(String partner, CostCategory category, String supplier, Money bought, Money threshold,
            ProcedureType required, ProcedureType held) implements Serializable {
    }
}
