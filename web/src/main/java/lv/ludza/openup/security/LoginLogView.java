package lv.ludza.openup.security;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.shared.ServiceLazyModel;

/** The login log for the administrator: every attempt to log in, newest first, paged and filtered in the database. */
@Named
@ViewScoped
public class LoginLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LoginService logins;

    private ServiceLazyModel<LoginAttempt> model;

    @PostConstruct
    void init() {
        LoginService service = logins;
        model = new ServiceLazyModel<>(service::countAttempts, service::attempts);
    }

    public ServiceLazyModel<LoginAttempt> getModel() {
        return model;
    }

    /** Lets an address that tried too many names log in again at once. */
    public void release(String address) {
        if (lv.ludza.openup.shared.Feedback.attempt(() -> logins.release(address))) {
            lv.ludza.openup.shared.Feedback.info("logins.released", address);
        }
    }

    public LoginOutcome[] getOutcomes() {
        return LoginOutcome.values();
    }
}
