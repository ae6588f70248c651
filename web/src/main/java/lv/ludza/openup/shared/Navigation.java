package lv.ludza.openup.shared;

import java.io.IOException;

import jakarta.faces.context.FacesContext;

/** Leaving a page other than by its own buttons. */
public final class Navigation {

    private Navigation() {
    }

    /** The record named in the address does not exist: answer with the localised not-found page. */
    public static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "");
        faces.responseComplete();
    }
}
