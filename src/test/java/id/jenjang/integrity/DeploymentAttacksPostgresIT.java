package id.jenjang.integrity;

import id.jenjang.support.JenjangPostgresTest;

/** {@link DeploymentAttacks} on PostgreSQL. */
@JenjangPostgresTest
class DeploymentAttacksPostgresIT extends DeploymentAttacks {
}
