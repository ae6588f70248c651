package lv.ludza.openup.mail;

/** A mail was queued (CDI event): once its transaction commits, it is sent. */
public record MailQueued(long id) {
}
