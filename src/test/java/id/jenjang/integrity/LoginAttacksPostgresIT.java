package id.jenjang.integrity;

import id.jenjang.support.JenjangPostgresTest;

@JenjangPostgresTest
class LoginAttacksPostgresIT extends LoginAttacks {
}
