package id.jenjang.integrity;

import id.jenjang.support.JenjangSpringTest;

@JenjangSpringTest
class InputAttacksTest extends InputAttacks {
}
