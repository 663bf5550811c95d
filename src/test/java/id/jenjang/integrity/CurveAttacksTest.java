package id.jenjang.integrity;

import id.jenjang.support.JenjangSpringTest;

/** {@link CurveAttacks} on H2, in the shared application context of {@code ./mvnw verify}. */
@JenjangSpringTest
class CurveAttacksTest extends CurveAttacks {
}
