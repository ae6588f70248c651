package lv.ludza.openup.procurement;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.InProject;

/**
 * An amendment of a contract: numbered 1, 2, ... in order, dated, with its reason and the contract's value and
 * term as they stand after it. The contract as signed stays as it was; its current value is the last amendment's.
 */
@Entity
@Table(name = "contract_amendment")
@Audited
@NamedQuery(name = "ContractAmendment.ofContract",
        query = "SELECT a FROM ContractAmendment a WHERE a.contract.id = :contract ORDER BY a.number")
@InProject("contract.partner.project.id")
public class ContractAmendment extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false, updatable = false)
    private Contract contract;

    @Column(nullable = false)
    private int number;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(nullable = false, length = 500)
    private String reason;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount_net", precision = 14, scale = 2, nullable = false))
    private Money net;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount_vat", precision = 14, scale = 2, nullable = false))
    private Money vat;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    protected ContractAmendment() {
        // for JPA
    }

    private ContractAmendment(Contract contract, int number, LocalDate signedOn, String reason, Money net, Money vat,
            LocalDate validUntil) {
        this.contract = contract;
        this.number = number;
        this.signedOn = signedOn;
        this.reason = reason;
        this.net = net;
        this.vat = vat;
        this.validUntil = validUntil;
    }

    /**
     * The next amendment of a contract after the ones it has.
     *
     * @param before     the contract's amendments so far, in order
     * @param validUntil the term after the amendment (null: as before)
     * @throws RuleViolation {@code amendment.date.required}, {@code amendment.beforeContract},
     *         {@code amendment.beforePrevious}, {@code amendment.reason.required}, {@code money.negative},
     *         {@code period.endBeforeStart}
     */
    public static ContractAmendment next(Contract contract, List<ContractAmendment> before, LocalDate signedOn,
            String reason, Money net, Money vat, LocalDate validUntil) {
        if (signedOn == null) {
            throw RuleViolation.onField("amendedOn", "amendment.date.required");
        }
        if (signedOn.isBefore(contract.getSignedOn())) {
            throw RuleViolation.onField("amendedOn", "amendment.beforeContract");
        }
        ContractAmendment last = before.isEmpty() ? null : before.get(before.size() - 1);
        if (last != null && signedOn.isBefore(last.signedOn)) {
            throw RuleViolation.onField("amendedOn", "amendment.beforePrevious", last.number);
        }
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.onField("reason", "amendment.reason.required");
        }
        if (net == null || vat == null || net.isNegative() || vat.isNegative()) {
            throw RuleViolation.onField("amendedNet", "money.negative");
        }
        LocalDate term = validUntil != null ? validUntil : last != null ? last.validUntil : contract.getValidUntil();
        if (term != null && term.isBefore(signedOn)) {
            throw RuleViolation.onField("amendedUntil", "period.endBeforeStart");
        }
        return new ContractAmendment(contract, last == null ? 1 : last.number + 1, signedOn, reason.trim(), net, vat,
                term);
    }

    /** How much the amendment changed the contract's value with VAT, against what it was before. */
    public Money changeFrom(Money grossBefore) {
        return getGross().minus(grossBefore);
    }

    public Money getGross() {
        return net.plus(vat);
    }

    @Override
    public String label() {
        return contract.getNumber() + " / " + number;
    }

    public Contract getContract() {
        return contract;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public String getReason() {
        return reason;
    }

    public Money getNet() {
        return net;
    }

    public Money getVat() {
        return vat;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }
}
