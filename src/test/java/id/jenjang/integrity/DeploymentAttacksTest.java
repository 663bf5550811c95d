package id.jenjang.integrity;

import id.jenjang.support.JenjangSpringTest;

/** {@link DeploymentAttacks} on H2. */
@JenjangSpringTest
class DeploymentAttacksTest extends DeploymentAttacks {
}
