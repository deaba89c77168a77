package org.minipy.builtins;

/**
 * Fills in the methods of every builtin class, one class of methods per Java file ({@code StrMethods},
 * {@code ListMethods}, ...). Runs once per JVM, before any interpreter uses the classes.
 */
final class BuiltinClassSetup {
    private BuiltinClassSetup() {
    }

    static void installAll() {
        ObjectMethods.install();
        StrMethods.install();
        IntMethods.install();
        BoolMethods.install();
        FloatMethods.install();
    }
}
