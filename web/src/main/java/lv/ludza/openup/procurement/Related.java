package lv.ludza.openup.procurement;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.PageRequest;

/**
 * The records next along the money spine of the record a page shows: a supplier's contracts and invoices, a
 * procedure's contracts, a contract's invoices. Each list is read once per view, in the database's order.
 */
@Named
@ViewScoped
public class Related implements Serializable {

    private static final long serialVersionUID = 1L;

    /** At most this many are listed; the lists page through more. */
    private static final int SHOWN = 100;

    @Inject
    private ContractService contracts;

    @Inject
    private InvoiceService invoices;

    private List<Contract> contractList;
    private List<Invoice> invoiceList;

    /** Contracts whose {@code field} (supplier, procedure) is the record with this id. */
    public List<Contract> contracts(String field, Long id) {
        if (contractList == null) {
            contractList = id == null ? List.of()
                    : contracts.page(new PageRequest(0, SHOWN, "number", true, Map.of(field, id.toString())));
        }
        return contractList;
    }

    /** Invoices whose {@code field} (supplier, contract) is the record with this id, with lines and payments. */
    public List<Invoice> invoices(String field, Long id) {
        if (invoiceList == null) {
            invoiceList = id == null ? List.of()
                    : invoices.page(new PageRequest(0, SHOWN, "number", true, Map.of(field, id.toString())));
        }
        return invoiceList;
    }

    public Money gross(List<Invoice> shown) {
        return shown.stream().map(Invoice::getGross).reduce(Money.ZERO, Money::plus);
    }

    public Money paid(List<Invoice> shown) {
        return shown.stream().map(Invoice::getPaid).reduce(Money.ZERO, Money::plus);
    }
}
