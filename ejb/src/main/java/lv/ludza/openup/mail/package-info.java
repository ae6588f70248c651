/**
 * Mail: what needs a person's attention reaches them. The outbox ({@link lv.ludza.openup.mail.Outbox}) keeps every mail
 * before it is sent; {@link lv.ludza.openup.mail.MailSender} hands it to WildFly's mail session
 * ({@code java:jboss/mail/OpenUp}, wildfly-config/cli/mail.cli), asynchronously, and retries; the daily digest
 * ({@link lv.ludza.openup.mail.Digest}) is a persistent EJB timer. Texts come from the mail bundle
 * ({@code lv/ludza/openup/mail/mail*.properties}) and one HTML layout with a plain-text part ({@link MailTemplates}).
 */
package lv.ludza.openup.mail;
