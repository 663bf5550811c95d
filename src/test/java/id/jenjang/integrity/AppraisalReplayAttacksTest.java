package id.jenjang.integrity;

import id.jenjang.support.JenjangSpringTest;

/** {@link AppraisalReplayAttacks} on H2, in the shared application context of {@code ./mvnw verify}. */
@JenjangSpringTest
class AppraisalReplayAttacksTest extends AppraisalReplayAttacks {
}
