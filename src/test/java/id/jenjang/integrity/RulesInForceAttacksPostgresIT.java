package id.jenjang.integrity;

import id.jenjang.support.JenjangPostgresTest;

/** {@link RulesInForceAttacks} on PostgreSQL ({@code -Pintegration}). */
@JenjangPostgresTest
class RulesInForceAttacksPostgresIT extends RulesInForceAttacks {
}
