/**
 * Mail: Bahasa Indonesia templates, requests recorded in the mail_outbox in the asking transaction, and small
 * {@code mail-notification} instances that hand them to the relay one at a time (each recorded before and after
 * it leaves), so a crash repeats at most one mail, an SMTP outage delays mail without an incident, and nothing
 * is lost (ADR 0008).
 */
package id.jenjang.notification;
