package lv.ludza.openup.shared;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;

/**
 * A page opened with a parameter that is not what it names ({@code ?id=abc}, an id of 40 digits) answers with the
 * not-found page (404), for every page at once, instead of showing an empty form as if nothing had been asked for.
 */
public class MalformedAddress implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.isPostback() || !faces.isValidationFailed() || faces.getViewRoot() == null) {
            return;
        }
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(faces.getViewRoot())) {
            if (!parameter.isValid()) {
                try {
                    Navigation.notFound();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return;
            }
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before
    }
}
