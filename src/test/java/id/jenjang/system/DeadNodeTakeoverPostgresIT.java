package id.jenjang.system;

import id.jenjang.support.JenjangPostgresTest;

/** {@link DeadNodeTakeover} on PostgreSQL in the production profile's settings. */
@JenjangPostgresTest
class DeadNodeTakeoverPostgresIT extends DeadNodeTakeover {
}
