package id.jenjang.system;

import id.jenjang.support.JenjangSpringTest;

/** {@link DeadNodeTakeover} on H2 with the shipped job executor settings. */
@JenjangSpringTest
class DeadNodeTakeoverTest extends DeadNodeTakeover {
}
