package lv.ludza.openup.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

import lv.ludza.openup.project.Partner;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.InProject;

/** A room of a partner's library where assets stand. */
@Entity
@Table(name = "asset_location")
@Audited
@NamedQuery(name = "Location.ofPartner",
        query = "SELECT l FROM Location l WHERE l.partner.id = :partner ORDER BY l.name")
@NamedQuery(name = "Location.ofProject",
        query = "SELECT l FROM Location l JOIN FETCH l.partner p WHERE p.project.id = :project ORDER BY p.shortName, l.name")
@InProject("partner.project.id")
public class Location extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{inventory.partner.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    @NotBlank(message = "{inventory.location.required}")
    @Size(max = 150, message = "{inventory.location.size}")
    @Column(nullable = false, length = 150)
    private String name;

    protected Location() {
        // for JPA
    }

    public Location(Partner partner, String name) {
        this.partner = partner;
        this.name = name;
    }

    @Override
    public String label() {
        return name;
    }

    public Partner getPartner() {
        return partner;
    }

    public String getName() {
        return name;
    }
}
