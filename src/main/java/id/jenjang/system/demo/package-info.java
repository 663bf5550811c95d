/**
 * Demo mode (default profile): a synthetic city government generated deterministically, logins with password
 * {@code demo}, and an embedded SMTP server so mail really travels. {@code JENJANG_DEMO=false} turns it off.
 */
package id.jenjang.system.demo;
