package id.jenjang.integrity;

import id.jenjang.support.JenjangPostgresTest;

/** {@link CurveAttacks} on PostgreSQL: the V12 column and the refusal on the production database. */
@JenjangPostgresTest
class CurveAttacksPostgresIT extends CurveAttacks {
}
