package org.minipy.runtime;

/** {@code format(value, spec)}: the format-spec mini-language. (Minimal version: empty specs only.) */
public final class Formatter {
    private Formatter() {
    }

    public static String format(Object value, String spec) {
        if (spec.isEmpty()) {
            return Repr.str(value);
        }
        throw Errors.notImplementedError("format specs are not supported yet");
    }
}
