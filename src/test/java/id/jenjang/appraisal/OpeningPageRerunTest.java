package id.jenjang.appraisal;

import id.jenjang.support.JenjangProcessTest;

/** {@link OpeningPageRerun} on H2, the job executor off (the tests run every job). */
@JenjangProcessTest
class OpeningPageRerunTest extends OpeningPageRerun {
}
