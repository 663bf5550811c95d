/**
 * Coaching of low performers ({@code performance-coaching}): plan, mentor, sessions, re-evaluation after the
 * coaching period, BKPSDM's decision when still short; the case record behind /api/coaching.
 */
package id.jenjang.coaching;
