package org.minipy.runtime;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A module: its name and its global variables. Each global lives in a {@link GlobalCell} that is created once per
 * name and never replaced, so compiled code can cache the cell and read a global with a single field load; a
 * deleted global is a cell holding null.
 */
public final class PModule implements HasPythonClass {
    /** The storage of one global variable. */
    public static final class GlobalCell {
        public final String name;
        private volatile Object value;

        GlobalCell(String name) {
            this.name = name;
        }

        public Object get() {
            return value;
        }

        public void set(Object value) {
            this.value = value;
        }
    }

    private final String name;
    private final Map<String, GlobalCell> cells = new ConcurrentHashMap<>();

    public PModule(String name) {
        this.name = name;
        setGlobal("__name__", name);
        setGlobal("__doc__", PNone.NONE);
    }

    public String getName() {
        return name;
    }

    /** The cell for a name, created empty if the module has never had that global. */
    @TruffleBoundary
    public GlobalCell cell(String key) {
        return cells.computeIfAbsent(key, GlobalCell::new);
    }

    /** The value of a global, or null when it is not bound. */
    @TruffleBoundary
    public Object getGlobal(String key) {
        GlobalCell c = cells.get(key);
        return c == null ? null : c.get();
    }

    @TruffleBoundary
    public void setGlobal(String key, Object value) {
        cell(key).set(value);
    }

    /** The bound globals in definition order of their cells; unbound cells are skipped. */
    @TruffleBoundary
    public Map<String, GlobalCell> cells() {
        return cells;
    }

    /** A snapshot of the bound globals as a dict: {@code globals()}, {@code module.__dict__}. */
    @TruffleBoundary
    public PDict toDict() {
        PDict dict = new PDict();
        for (GlobalCell c : cells.values()) {
            Object v = c.get();
            if (v != null) {
                dict.put(c.name, v);
            }
        }
        return dict;
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinTypes.MODULE;
    }
}
