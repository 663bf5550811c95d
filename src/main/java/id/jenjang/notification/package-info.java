/**
 * Mail: Bahasa Indonesia templates, requests recorded as small {@code mail-notification} process instances,
 * and the sending job with retries, so an SMTP outage delays mail, shows an incident and loses nothing.
 */
package id.jenjang.notification;
