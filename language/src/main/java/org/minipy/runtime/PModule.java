package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A module: its name and its namespace. As in CPython the namespace is an ordinary dict — the one {@code globals()}
 * and {@code module.__dict__} return — so writes through the dict are writes to the globals and vice versa.
 */
public final class PModule implements HasPythonClass {
    private final String name;
    private final PDict globals;
    /** True while an import runs the module's body: "from m import x" then blames a likely circular import. */
    private volatile boolean initializing;

    public PModule(String name) {
        this.name = name;
        this.globals = new PDict();
        setGlobal("__name__", name);
        setGlobal("__doc__", PNone.NONE);
    }

    /** A module view of a dict given to {@code exec}/{@code eval} as their globals. */
    public PModule(PDict globals) {
        this.globals = globals;
        this.name = globals.get("__name__") instanceof String s ? s : "builtins";
    }

    public String getName() {
        return name;
    }

    /** The value of a global, or null when it is not bound. */
    @TruffleBoundary
    public Object getGlobal(String key) {
        return globals.get(key);
    }

    /** Binds a global; null unbinds it. */
    @TruffleBoundary
    public void setGlobal(String key, Object value) {
        if (value == null) {
            globals.remove(key);
        } else {
            globals.put(key, value);
        }
    }

    public boolean isInitializing() {
        return initializing;
    }

    public void setInitializing(boolean initializing) {
        this.initializing = initializing;
    }

    /** The live namespace: {@code globals()}, {@code module.__dict__}. */
    public PDict toDict() {
        return globals;
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinTypes.MODULE;
    }
}
