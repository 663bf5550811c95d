package id.jenjang.integrity;

import id.jenjang.support.JenjangPostgresTest;

/** {@link ResultRewriteAttacks} on PostgreSQL, where the race between ten nominations is a real one. */
@JenjangPostgresTest
class ResultRewriteAttacksPostgresIT extends ResultRewriteAttacks {
}
