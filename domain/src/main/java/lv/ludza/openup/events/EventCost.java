package lv.ludza.openup.events;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import lv.ludza.openup.procurement.ExpenditureItem;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.InProject;

/** An expenditure item that paid for (part of) an event: the way from the money to the activity and back. */
@Entity
@Table(name = "event_cost", uniqueConstraints = @UniqueConstraint(columnNames = { "event_id", "expenditure_item_id" }))
@Audited
@InProject("event.project.id")
public class EventCost extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private Event event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "expenditure_item_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private ExpenditureItem item;

    protected EventCost() {
        // for JPA
    }

    public EventCost(Event event, ExpenditureItem item) {
        this.event = event;
        this.item = item;
    }

    public Event getEvent() {
        return event;
    }

    public ExpenditureItem getItem() {
        return item;
    }
}
