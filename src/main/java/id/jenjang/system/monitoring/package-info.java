/**
 * What Kubernetes, a load balancer and Prometheus read: the liveness and readiness probes (parts that only
 * degrade never fail readiness) and the figures behind /actuator/prometheus, read in the background so that a
 * probe or a scrape never waits for SMTP or a slow query. See docs/operations.md ("Probes", "Metrics").
 */
package id.jenjang.system.monitoring;
