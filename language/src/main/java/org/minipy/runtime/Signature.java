package org.minipy.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameter list of a callable, shared by user functions and builtins, so that one binder
 * ({@link ArgumentBinder}) matches arguments to parameters and one set of CPython error messages results.
 *
 * <p>Parameters are numbered in slot order: positional ones (positional-only first), then {@code *args} if any, then
 * keyword-only ones, then {@code **kwargs} if any. The bound arguments are an array in that order.
 */
public final class Signature {
    /** Name used in error messages, e.g. {@code "f"} or {@code "str.split"}... CPython prints {@code f()}. */
    private final String name;
    private final String[] names;
    private final int posOnlyCount;
    private final int positionalCount;
    private final boolean varArgs;
    private final int kwOnlyCount;
    private final boolean varKeywords;
    /** For MiniPy's stand-ins for C functions: the C parser's messages (null: a Python function's). */
    private CArgumentErrors cErrors;

    public Signature(String name, String[] names, int posOnlyCount, int positionalCount, boolean varArgs,
                    int kwOnlyCount, boolean varKeywords) {
        this.name = name;
        this.names = names;
        this.posOnlyCount = posOnlyCount;
        this.positionalCount = positionalCount;
        this.varArgs = varArgs;
        this.kwOnlyCount = kwOnlyCount;
        this.varKeywords = varKeywords;
    }

    /** A signature of positional-or-keyword parameters only. */
    public static Signature positional(String name, String... names) {
        return new Signature(name, names, 0, names.length, false, 0, false);
    }

    /**
     * Parses a compact description such as {@code "sep, end, /, *args, key, **kw"}: a {@code /} ends the
     * positional-only ones, {@code *name} is the varargs slot, a bare {@code *} starts keyword-only ones, and
     * {@code **name} is the varkeywords slot. Defaults are not part of a signature; builtins pass them separately.
     */
    public static Signature parse(String name, String spec) {
        List<String> names = new ArrayList<>();
        int posOnly = 0;
        int positional = 0;
        boolean varArgs = false;
        boolean inKwOnly = false;
        int kwOnly = 0;
        boolean varKw = false;
        if (!spec.isBlank()) {
            for (String raw : spec.split(",")) {
                String p = raw.strip();
                if (p.equals("/")) {
                    posOnly = positional;
                } else if (p.equals("*")) {
                    inKwOnly = true;
                } else if (p.startsWith("**")) {
                    varKw = true;
                    names.add(p.substring(2));
                } else if (p.startsWith("*")) {
                    varArgs = true;
                    inKwOnly = true;
                    names.add(p.substring(1));
                } else if (inKwOnly) {
                    kwOnly++;
                    names.add(p);
                } else {
                    positional++;
                    names.add(p);
                }
            }
        }
        // varargs name sits between positional and keyword-only names in slot order: parse kept that order.
        return new Signature(name, names.toArray(new String[0]), posOnly, positional, varArgs, kwOnly, varKw);
    }

    public CArgumentErrors getCErrors() {
        return cErrors;
    }

    public void setCErrors(CArgumentErrors cErrors) {
        this.cErrors = cErrors;
    }

    public String getName() {
        return name;
    }

    public String[] getNames() {
        return names;
    }

    public int getPosOnlyCount() {
        return posOnlyCount;
    }

    public int getPositionalCount() {
        return positionalCount;
    }

    public boolean hasVarArgs() {
        return varArgs;
    }

    public int getKwOnlyCount() {
        return kwOnlyCount;
    }

    public boolean hasVarKeywords() {
        return varKeywords;
    }

    /** Number of slots in a bound argument array. */
    public int getSlotCount() {
        return names.length;
    }

    /** Slot of {@code *args}, or -1. */
    public int getVarArgsSlot() {
        return varArgs ? positionalCount : -1;
    }

    /** Slot of the first keyword-only parameter. */
    public int getKwOnlyStart() {
        return positionalCount + (varArgs ? 1 : 0);
    }

    /** Slot of {@code **kwargs}, or -1. */
    public int getVarKeywordsSlot() {
        return varKeywords ? names.length - 1 : -1;
    }

    /** True when positional arguments map one to one onto the slots: the fast path of a call. */
    public boolean isSimple() {
        return !varArgs && !varKeywords && kwOnlyCount == 0;
    }
}
