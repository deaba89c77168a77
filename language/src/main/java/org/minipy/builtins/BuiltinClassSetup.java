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
        SetMethods.install();
        ListMethods.install();
        TupleMethods.install();
        DictMethods.install();
        ExceptionMethods.install();
        ExceptionGroupMethods.install();
        TypeMethods.install();
        GenericTypes.install();
        FunctionMethods.install();
        DescriptorMethods.install();
        RangeMethods.install();
        BytesMethods.install();
        BytesTextMethods.install();
        DecodeErrors.install();
        BuiltinFunctions.installClasses();
        StrMethods.install();
        IntMethods.install();
        BoolMethods.install();
        FloatMethods.install();
        GeneratorMethods.install();
    }
}
