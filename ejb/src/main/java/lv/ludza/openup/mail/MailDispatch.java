package lv.ludza.openup.mail;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Hands a queued mail to the sender once the transaction that queued it has committed (a rolled-back decision sends
 * nothing); the sender works asynchronously, so the user's request does not wait for the mail server.
 */
@ApplicationScoped
public class MailDispatch {

    @EJB
    private MailSender sender;

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued mail) {
        sender.sendSoon(mail.id());
    }
}
