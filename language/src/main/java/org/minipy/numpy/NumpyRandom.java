package org.minipy.numpy;

import org.minipy.runtime.PModule;

/**
 * {@code numpy.random}: the legacy global RandomState ({@code seed rand random randint normal}) with numpy's values
 * for the same seed, computed by {@code LegacyRandom}.
 */
final class NumpyRandom {
    private NumpyRandom() {
    }

    static PModule create() {
        PModule m = new PModule("numpy.random");
        return m;
    }
}
