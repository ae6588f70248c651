package lv.ludza.openup.procurement;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import lv.ludza.openup.project.Partner;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.InProject;

/**
 * A bank statement (ISO 20022 camt.053) of a partner's account, imported to record the payments it shows; the file
 * itself is attached to it as a document, and the payments recorded from it link to it.
 */
@Entity
@Table(name = "bank_statement")
@Audited
@InProject("partner.project.id")
@NamedQuery(name = "BankStatement.withPartner",
        query = "SELECT s FROM BankStatement s JOIN FETCH s.partner p JOIN FETCH p.project WHERE s.id = :id")
public class BankStatement extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Partner partner;

    /** The statement's own identification (Stmt/Id). */
    @Column(name = "statement_ref", length = 50)
    private String statementRef;

    /** The account the statement is of (Stmt/Acct/Id/IBAN). */
    @Column(name = "account_iban", length = 34)
    private String accountIban;

    @Column(name = "account_owner", length = 200)
    private String accountOwner;

    /** The schema version, e.g. camt.053.001.08. */
    @Column(name = "schema_version", nullable = false, length = 20)
    private String schemaVersion;

    @Column(name = "from_date")
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    protected BankStatement() {
        // for JPA
    }

    public BankStatement(Partner partner, StatementFile file, String fileName) {
        this.partner = partner;
        this.statementRef = cut(file.statementRef(), 50);
        this.accountIban = file.accountIban();
        this.accountOwner = cut(file.accountOwner(), 200);
        this.schemaVersion = file.schemaVersion();
        this.fromDate = file.fromDate();
        this.toDate = file.toDate();
        this.fileName = cut(fileName == null || fileName.isBlank() ? "statement.xml" : fileName, 200);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    @Override
    public String label() {
        return (statementRef == null ? fileName : statementRef) + (toDate == null ? "" : " / " + toDate);
    }

    public Partner getPartner() {
        return partner;
    }

    public String getStatementRef() {
        return statementRef;
    }

    public String getAccountIban() {
        return accountIban;
    }

    public String getAccountOwner() {
        return accountOwner;
    }

    public String getSchemaVersion() {
        return schemaVersion;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public String getFileName() {
        return fileName;
    }
}
