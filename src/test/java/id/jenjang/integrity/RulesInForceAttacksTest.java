package id.jenjang.integrity;

import id.jenjang.support.JenjangSpringTest;

/** {@link RulesInForceAttacks} on H2, in the shared application context of {@code ./mvnw verify}. */
@JenjangSpringTest
class RulesInForceAttacksTest extends RulesInForceAttacks {
}
