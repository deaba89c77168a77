package org.minipy.runtime;

/** {@code "text %s" % values}: printf-style string formatting. Filled in by the string-formatting work. */
public final class PercentFormat {
    private PercentFormat() {
    }

    public static String format(String template, Object values) {
        throw Errors.notImplementedError("%%-formatting is not supported yet");
    }
}
