package org.minipy.numpy;

import org.minipy.runtime.PModule;

/** {@code numpy.random}: waits for LegacyRandom (branch kernels); see tmp-numpy for the wiring. */
final class NumpyRandom {
    private NumpyRandom() {
    }

    static PModule create() {
        return new PModule("numpy.random");
    }
}
