package id.jenjang.integrity;

import id.jenjang.support.JenjangSpringTest;

/** {@link RestSurfaceAttacks} on H2. */
@JenjangSpringTest
class RestSurfaceAttacksTest extends RestSurfaceAttacks {

    @Override
    String unitPrefix() {
        return "RSA";
    }
}
