package id.jenjang.appraisal;

import id.jenjang.support.JenjangPostgresTest;

/**
 * {@link OpeningPageRerun} on PostgreSQL, the job executor on: there the losing run waits on the winner's
 * appraisal key or job row and fails once the winner commits.
 */
@JenjangPostgresTest
class OpeningPageRerunPostgresIT extends OpeningPageRerun {
}
