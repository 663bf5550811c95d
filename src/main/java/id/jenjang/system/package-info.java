/**
 * Cross-cutting setup: security (HTTP Basic backed by Camunda identity, guards for the 7.24.0 flaws), engine
 * groups and authorizations, clock, API error answers. Demo data lives in the {@code demo} sub-package.
 */
package id.jenjang.system;
