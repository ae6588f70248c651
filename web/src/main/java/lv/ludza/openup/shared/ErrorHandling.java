package lv.ludza.openup.shared;

import java.io.IOException;
import java.util.Iterator;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIMessages;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;

import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;

/**
 * Where an exception leads: to web.xml's error page for it, through PrimeFaces (which also handles AJAX requests).
 * A page opened by its address whose record the user may not see answers at that address with 403 and the
 * reason of the refusal, instead of a redirect to the error page that would lose both.
 */
public class ErrorHandling extends ExceptionHandlerFactory {

    public ErrorHandling(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        ExceptionHandler prime = new PrimeExceptionHandler(getWrapped().getExceptionHandler());
        return new ExceptionHandlerWrapper(prime) {
            @Override
            public void handle() throws FacesException {
                FacesContext faces = FacesContext.getCurrentInstance();
                if (faces != null) {
                    keepInputWhileTheDatabaseIsAway(faces, getUnhandledExceptionQueuedEvents().iterator());
                }
                if (faces != null && !faces.getPartialViewContext().isAjaxRequest()) {
                    refuseDenied(faces, getUnhandledExceptionQueuedEvents().iterator());
                }
                prime.handle();
            }
        };
    }

    /**
     * A save (or any action of a page already shown) that failed because the database could not be reached: the
     * same page again, with what the user typed, and a message in every message box of the page saying so (not the
     * error page, which would lose the input). A page being opened, or one whose drawing failed, goes to the error
 * page.
     */
    private static void keepInputWhileTheDatabaseIsAway(FacesContext faces, Iterator<ExceptionQueuedEvent> events) {
        while (events.hasNext()) {
            ExceptionQueuedEvent event = events.next();
            if (faces.isPostback() && faces.getViewRoot() != null
                    && event.getContext().getPhaseId() != jakarta.faces.event.PhaseId.RENDER_RESPONSE
                    && DatabaseUnavailable.causes(event.getContext().getException())) {
                events.remove();
                String text = Texts.get(faces.getViewRoot().getLocale(), "error.databaseUnavailable");
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                if (faces.getPartialViewContext().isAjaxRequest()) {
                    java.util.Collection<String> render = faces.getPartialViewContext().getRenderIds();
                    faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
                        if (component instanceof UIMessages && component.isRendered()) {
                            render.add(component.getClientId(faces));
                        }
                        return VisitResult.ACCEPT;
                    });
                }
                faces.validationFailed(); // (no navigation: the page stays as it is)
                faces.renderResponse();
            }
        }
    }

    /**
     * A page that loaded a record the user may not see answers 403 with the denied page (and the reason of the
     * refusal); the container would otherwise match only the outermost wrapper of the exception (500).
     */
    private static void refuseDenied(FacesContext faces, Iterator<ExceptionQueuedEvent> events) {
        while (events.hasNext()) {
            EJBAccessException denied = cause(events.next().getContext().getException(), EJBAccessException.class);
            if (denied != null) {
                events.remove();
                try {
                    ErrorPage.refuse((HttpServletRequest) faces.getExternalContext().getRequest(),
                            (HttpServletResponse) faces.getExternalContext().getResponse(), denied);
                } catch (IOException e) {
                    throw new FacesException(e);
                }
                faces.responseComplete();
            }
        }
    }

    private static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
