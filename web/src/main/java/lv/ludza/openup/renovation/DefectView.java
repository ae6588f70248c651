package lv.ludza.openup.renovation;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.security.Rights;
import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.Navigation;
import lv.ludza.openup.shared.Texts;

/** One defect of renovation works: its details, its status with the next step, and its photos (documents). */
@Named
@ViewScoped
public class DefectView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WorksService service;

    @Inject
    private Rights rights;

    private Long id;
    private Defect defect;
    private boolean editable;
    private LocalDate on = WorksView.today();

    /** f:viewAction: the defect named in the URL. */
    public void load() throws IOException {
        defect = id == null ? null : service.findDefect(id).orElse(null);
        if (defect == null) {
            Navigation.notFound();
            return;
        }
        Works works = defect.getWorks();
        editable = works.getStatus() != WorksStatus.CLOSED && rights.records(works.getPartner());
    }

    /** Moves the defect one step: open → fixed → verified. */
    public void advance() {
        Defect[] moved = new Defect[1];
        if (Feedback.attempt(() -> moved[0] = service.advanceDefect(defect.getId(), defect.getVersion(), on))) {
            defect = service.findDefect(defect.getId()).orElseThrow();
            Feedback.info("renovation.defect.moved", moved[0].getDescription(),
                    Texts.get("renovation.defectStatus." + moved[0].getStatus()));
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Defect getDefect() {
        return defect;
    }

    public boolean isEditable() {
        return editable;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }
}
