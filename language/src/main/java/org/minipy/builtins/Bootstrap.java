package org.minipy.builtins;

import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.PythonContext;

/**
 * Sets up a new interpreter: fills the builtin classes' methods (once per JVM), then creates this context's
 * {@code builtins} and {@code sys} modules.
 */
public final class Bootstrap {
    private Bootstrap() {
    }

    private static boolean classesReady;

    /** Fills in the attributes of the shared builtin classes; they never change afterwards. Public for unit tests. */
    public static synchronized void setUpClasses() {
        if (classesReady) {
            return;
        }
        BuiltinClassSetup.installAll();
        classesReady = true;
    }

    public static void initialize(PythonContext context) {
        setUpClasses();
        PModule builtins = new PModule("builtins");
        for (PythonClass cls : BuiltinTypes.ALL.values()) {
            builtins.setGlobal(cls.getName(), cls);
        }
        // CPython's old names for OSError.
        builtins.setGlobal("IOError", BuiltinTypes.OS_ERROR);
        builtins.setGlobal("EnvironmentError", BuiltinTypes.OS_ERROR);
        BuiltinFunctions.install(builtins);
        context.setBuiltins(builtins);
        context.getModules().put("builtins", builtins);
    }
}
