package lv.ludza.openup.procurement;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import lv.ludza.openup.project.CurrentProject;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.Navigation;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.ServiceLazyModel;

/**
 * Payments from a bank statement: the accountant uploads a camt.053 file of the partner's account, checks the invoice
 * proposed for each debit entry (or chooses another, or leaves the entry) and records the selected payments at once.
 * With {@code ?id=} the page shows an imported statement: its account, its file and the payments recorded from it.
 */
@Named
@ViewScoped
public class StatementView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final long MAX_BYTES = 10L * 1024 * 1024;

    @Inject
    private StatementService statements;

    @Inject
    private Choices choices;

    @Inject
    private CurrentProject currentProject;

    private ServiceLazyModel<BankStatement> model;

    private Long id;
    private BankStatement statement;
    private List<Payment> payments = List.of();

    private Long partnerId;
    private String fileName;
    private byte[] content;
    private StatementService.Proposal proposal;
    private List<Line> lines = List.of();
    private StatementService.Outcome outcome;

    /** One debit entry as the screen shows it: the invoice chosen (none: left), the amount, whether to record it. */
    public static final class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private final StatementService.Row row;
        private Long invoiceId;
        private BigDecimal amount;
        private boolean selected;

        Line(StatementService.Row row) {
            this.row = row;
            this.invoiceId = row.invoiceId();
            this.amount = row.amount() == null ? null : row.amount().amount();
            this.selected = row.invoiceId() != null && !row.imported();
        }

        public StatementService.Row getRow() {
            return row;
        }

        public StatementFile.Entry getEntry() {
            return row.entry();
        }

        public Long getInvoiceId() {
            return invoiceId;
        }

        public void setInvoiceId(Long invoiceId) {
            this.invoiceId = invoiceId;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public boolean isSelected() {
            return selected;
        }

        public void setSelected(boolean selected) {
            this.selected = selected;
        }
    }

    @PostConstruct
    void init() {
        StatementService service = statements;
        model = new ServiceLazyModel<>(service::count, service::page)
                .within(PageRequest.PROJECT, currentProject.getId());
    }

    /** The statements imported in the project, newest first (paged and sorted in the database). */
    public ServiceLazyModel<BankStatement> getModel() {
        return model;
    }

    public void load() throws IOException {
        if (id == null) {
            if (partnerId == null) {
                partnerId = choices.getMoneyPartners().stream().findFirst().map(Partner::getId).orElse(null);
            }
            return;
        }
        statement = statements.find(id).orElse(null);
        if (statement == null) {
            Navigation.notFound();
            return;
        }
        payments = statements.payments(id);
    }

    /** p:fileUpload listener: reads the statement and proposes the invoices. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        outcome = null;
        proposal = null;
        lines = List.of();
        if (file.getSize() > MAX_BYTES) {
            Feedback.fieldError("file", "statement.tooLarge", file.getFileName());
            return;
        }
        fileName = file.getFileName();
        content = file.getContent();
        propose();
    }

    /** The partner was changed: the same file is read again for that partner's invoices. */
    public void partnerChanged() {
        outcome = null;
        if (content != null) {
            propose();
        }
    }

    private void propose() {
        if (partnerId == null) {
            Feedback.fieldError("partner", "common.partnerRequired");
            return;
        }
        StatementService.Proposal[] read = new StatementService.Proposal[1];
        if (Feedback.attempt(() -> read[0] = statements.propose(partnerId, content))) {
            proposal = read[0];
            lines = proposal.rows().stream().map(Line::new).toList();
            if (lines.isEmpty()) {
                Feedback.warn("statement.noDebits");
            }
        } else {
            content = null;
        }
    }

    /** Records the selected entries with an invoice chosen; then shows the statement again as it now is. */
    public void record() {
        List<StatementService.Choice> chosen = new ArrayList<>();
        for (Line line : lines) {
            if (line.selected && !line.row.imported() && line.invoiceId != null) {
                if (line.amount == null || line.amount.signum() <= 0) {
                    Feedback.fieldError(null, "statement.entryAmount", line.row.number());
                    return;
                }
                chosen.add(new StatementService.Choice(line.getEntry().key(), line.invoiceId, Money.eur(line.amount)));
            }
        }
        if (chosen.isEmpty()) {
            Feedback.fieldError(null, "statement.nothingChosen");
            return;
        }
        StatementService.Outcome[] done = new StatementService.Outcome[1];
        if (Feedback.attempt(() -> done[0] = statements.record(partnerId, fileName, content, chosen))) {
            outcome = done[0];
            Feedback.info("statement.recorded", outcome.recorded(), outcome.alreadyImported());
            propose();
        }
    }

    /** The open invoice with this id among those offered, for the proposal's text. */
    public StatementService.OpenInvoice invoice(Long invoiceId) {
        return proposal == null || invoiceId == null ? null : proposal.openInvoices().stream()
                .filter(i -> i.id() == invoiceId).findFirst().orElse(null);
    }

    public Money getTotal() {
        return payments.stream().map(Payment::getAmount).reduce(Money.ZERO, Money::plus);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public BankStatement getStatement() {
        return statement;
    }

    public List<Payment> getPayments() {
        return payments;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public String getFileName() {
        return fileName;
    }

    public StatementService.Proposal getProposal() {
        return proposal;
    }

    public List<Line> getLines() {
        return lines;
    }

    public StatementService.Outcome getOutcome() {
        return outcome;
    }
}
