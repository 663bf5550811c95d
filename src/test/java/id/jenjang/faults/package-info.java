/**
 * The fault suite ({@code ./mvnw verify -Pfaults}): the packaged application started as separate JVMs on
 * PostgreSQL, driven over HTTP, and killed, cut off from its database or its mail relay, or doubled, while
 * scenarios count what was lost or duplicated and how long recovery took (docs/faults.md).
 */
package id.jenjang.faults;
