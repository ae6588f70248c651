package lv.ludza.openup.documents;

import java.util.function.Function;

import lv.ludza.openup.events.Event;
import lv.ludza.openup.inventory.Asset;
import lv.ludza.openup.procurement.BankStatement;
import lv.ludza.openup.procurement.Contract;
import lv.ludza.openup.procurement.ExpenditureItem;
import lv.ludza.openup.procurement.Invoice;
import lv.ludza.openup.procurement.ProcurementProcedure;
import lv.ludza.openup.procurement.Supplier;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.renovation.Defect;
import lv.ludza.openup.renovation.Works;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.RecordKind;
import lv.ludza.openup.travel.TravelExpense;
import lv.ludza.openup.travel.Trip;

/**
 * The kinds of record a document can be attached to, each with the partner whose record it is (for partner scope;
 * none for records all partners share). A feature that wants documents adds its record here.
 */
public enum DocumentOwner implements RecordKind {
    INVOICE(Invoice.class, Invoice::getPartner),
    /**
     * An expenditure item's own evidence: for a cost declared without an invoice (staff costs: timesheets, payroll
     * extracts), or anything more the controller asks for.
     */
    EXPENDITURE_ITEM(ExpenditureItem.class, ExpenditureItem::getPartner),
    CONTRACT(Contract.class, Contract::getPartner),
    PROCEDURE(ProcurementProcedure.class, ProcurementProcedure::getPartner),
    SUPPLIER(Supplier.class, supplier -> null),
    /** The camt.053 file of an imported bank statement. */
    BANK_STATEMENT(BankStatement.class, BankStatement::getPartner),
    TRIP(Trip.class, Trip::getOrganiser),
    TRAVEL_EXPENSE(TravelExpense.class, expense -> expense.getOrder().getParticipant().getEmployer()),
    EVENT(Event.class, Event::getPartner),
    ASSET(Asset.class, Asset::getPartner),
    /** Renovation works: documents and photos before and after. */
    WORKS(Works.class, Works::getPartner),
    /** The signed scan of the works' acceptance act. */
    WORKS_ACCEPTANCE(Works.class, Works::getPartner),
    /** Photos of a defect found at acceptance. */
    WORKS_DEFECT(Defect.class, defect -> defect.getWorks().getPartner());

    private final Class<? extends BaseEntity> type;
    private final Function<BaseEntity, Partner> partner;

    <T extends BaseEntity> DocumentOwner(Class<T> type, Function<T, Partner> partnerOf) {
        this.type = type;
        this.partner = record -> partnerOf.apply(type.cast(record));
    }

    /** The entity class of the owning record. */
    @Override
    public Class<? extends BaseEntity> type() {
        return type;
    }

    /** The partner whose record this is, or null for a record every partner shares (a supplier). */
    public Partner partnerOf(BaseEntity record) {
        return partner.apply(record);
    }
}
