package lv.ludza.openup.shared;

import java.io.IOException;

import jakarta.faces.context.FacesContext;

/** Leaving a page other than by its own buttons. */
public final class Navigation {

    private Navigation() {
    }

    /**
     * The outcome that opens a record just created at its own address ({@code ?id=}), so that a reload or a bookmark
     * shows the record and not an empty form; the messages of the save go along.
     */
    public static String opened(String page, Long id) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return page + "?faces-redirect=true&id=" + id;
    }

    /** The record named in the address does not exist: answer with the localised not-found page. */
    public static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "");
        faces.responseComplete();
    }
}
