package id.jenjang.integrity;

import id.jenjang.support.JenjangSpringTest;

@JenjangSpringTest
class LoginAttacksTest extends LoginAttacks {
}
