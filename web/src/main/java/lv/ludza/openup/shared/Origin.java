package lv.ludza.openup.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.component.behavior.ClientBehaviorContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Where the request came from, so that a page of several forms shows a message once, in the form whose action it
 * answers: {@code rendered="#{origin.within('lifecycle')}"} on a form's message box (an action of one form often
 * updates the others, whose boxes would repeat it). A form's own {@code submitted} flag can't tell: an action that
 * processes only itself leaves its form undecoded.
 */
@Named
@RequestScoped
public class Origin {

    /** Whether an ajax action of a control inside the form with this id sent the request. */
    public boolean within(String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String source = faces.getExternalContext().getRequestParameterMap()
                .get(ClientBehaviorContext.BEHAVIOR_SOURCE_PARAM_NAME);
        return source != null
                && (source.equals(formId) || source.startsWith(formId + UINamingContainer.getSeparatorChar(faces)));
    }

    /**
     * Whether the page has no message box of its own (p:messages): only then does the layout's growl show the
     * messages, else a message carried over a redirect (a record created, one deleted) showed twice, in the page's
     * box and in the growl.
     */
    public boolean isPageWithoutMessageBox() {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean[] found = new boolean[1];
        faces.getViewRoot().visitTree(jakarta.faces.component.visit.VisitContext.createVisitContext(faces),
                (context, target) -> {
                    if (target instanceof jakarta.faces.component.UIMessages
                            && !(target instanceof org.primefaces.component.growl.Growl)) {
                        found[0] = true;
                        return jakarta.faces.component.visit.VisitResult.COMPLETE;
                    }
                    return jakarta.faces.component.visit.VisitResult.ACCEPT;
                });
        return !found[0];
    }
}
