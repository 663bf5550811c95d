package id.jenjang.integrity;

import id.jenjang.support.JenjangPostgresTest;

@JenjangPostgresTest
class InputAttacksPostgresIT extends InputAttacks {
}
