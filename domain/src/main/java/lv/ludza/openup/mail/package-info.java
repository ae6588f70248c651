/**
 * E-mail the application sends: the outbox ({@link lv.ludza.openup.mail.OutgoingMail}, every mail a row before it is
 * sent, with its outcome) and the daily digest's runs ({@link lv.ludza.openup.mail.DigestRun}).
 */
package lv.ludza.openup.mail;
