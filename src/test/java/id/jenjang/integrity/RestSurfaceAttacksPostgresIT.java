package id.jenjang.integrity;

import id.jenjang.support.JenjangPostgresTest;

/** {@link RestSurfaceAttacks} on PostgreSQL, the production database. */
@JenjangPostgresTest
class RestSurfaceAttacksPostgresIT extends RestSurfaceAttacks {

    @Override
    String unitPrefix() {
        return "RSP";
    }
}
