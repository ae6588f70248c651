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
                if (faces != null && !faces.getPartialViewContext().isAjaxRequest()) {
                    refuseDenied(faces, getUnhandledExceptionQueuedEvents().iterator());
                }
                prime.handle();
            }
        };
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
