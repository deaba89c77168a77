package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * CPython's argument errors for functions written in C, which differ from those of Python functions: a builtin whose
 * parameters are all positional-only says {@code getattr expected at least 2 arguments, got 1} and
 * {@code isinstance() takes no keyword arguments}; one with keyword parameters (Argument Clinic) says
 * {@code round() missing required argument 'number' (pos 1)}, {@code open() takes at most 8 arguments (9 given)} and
 * {@code 'foo' is an invalid keyword argument for print()}. {@link PBuiltinFunction} runs this check only on its
 * slow path (calls that need argument binding), before {@link ArgumentBinder} (whose messages are Python's).
 */
final class BuiltinArguments {
    private BuiltinArguments() {
    }

    /**
     * Throws CPython's TypeError when {@code args} (the receiver first, for a method or constructor) and the keyword
     * names do not fit; returns normally otherwise, or when the case is left to {@link ArgumentBinder}.
     */
    @TruffleBoundary
    static void check(PBuiltinFunction fn, Object[] defaults, Object[] kwDefaults, Object[] args, String[] kwNames) {
        Signature sig = fn.getSignature();
        String[] names = sig.getNames();
        int positional = sig.getPositionalCount();
        int skip = positional > 0 && (names[0].equals("self") || names[0].equals("cls")) ? 1 : 0;
        String qualified = fn.getQualifiedName();
        boolean constructor = qualified.endsWith(".__new__");
        String name = constructor ? qualified.substring(0, qualified.length() - ".__new__".length()) : fn.getName();
        String fullName = constructor ? name : qualified;
        if (args.length < skip) {
            throw Errors.typeError("unbound method %s() needs an argument", qualified);
        }
        int nargs = args.length - skip;
        int nkw = kwNames == null ? 0 : kwNames.length;
        int maxPos = positional - skip;
        // self and cls are never passed by keyword
        int posOnlyWithReceiver = Math.max(sig.getPosOnlyCount(), skip);
        int posOnly = posOnlyWithReceiver - skip;
        int required = maxPos - (defaults == null ? 0 : defaults.length);
        boolean keywordParameters = posOnlyWithReceiver < positional || sig.getKwOnlyCount() > 0 || sig.hasVarKeywords();
        if (!keywordParameters) {
            // a function without parameters is CPython's METH_NOARGS, which names itself as math.sqrt does
            boolean noArgs = maxPos == 0 && !sig.hasVarArgs() && !constructor;
            if (nkw > 0) {
                throw Errors.typeError("%s() takes no keyword arguments", constructor ? fullName : fn.functionString());
            }
            if (sig.hasVarArgs()) {
                return;
            }
            if (maxPos == 0 && nargs > 0) {
                throw Errors.typeError("%s() takes no arguments (%d given)", noArgs ? fn.functionString() : fullName, nargs);
            }
            if (nargs < required || nargs > maxPos) {
                throw positionalCountError(name, fn.isArgumentTupleStyle(), required, maxPos, nargs);
            }
            return;
        }
        if (sig.hasVarArgs()) {
            // min, max and sorted count their positional arguments before they look at keywords
            if (nargs == 0 && (name.equals("min") || name.equals("max"))) {
                throw Errors.typeError("%s expected at least 1 argument, got 0", name);
            } else if (nargs != 1 && name.equals("sorted")) {
                throw Errors.typeError("sorted expected 1 argument, got %d", nargs);
            }
            checkKeywords(sig, names, posOnlyWithReceiver, kwNames, name);
            return;
        }
        int maxArgs = maxPos + sig.getKwOnlyCount();
        if (!sig.hasVarKeywords() && nargs + nkw > maxArgs) {
            throw tooManyArguments(name, maxArgs, nargs, nkw);
        }
        if (nargs > maxPos) {
            if (maxPos == 0) {
                throw Errors.typeError("%s() takes no positional arguments", name);
            }
            throw tooManyPositional(name, required, maxPos, nargs);
        }
        int requiredPosOnly = Math.min(posOnly, required);
        if (nargs < requiredPosOnly) {
            throw Errors.typeError("%s() takes %s %d positional argument%s (%d given)", name, requiredPosOnly < maxPos ? "at least" : "exactly",
                            requiredPosOnly, requiredPosOnly == 1 ? "" : "s", nargs);
        }
        if (name.equals("enumerate")) {
            // enumerate's own argument handling: keywords are checked first, and its missing-argument words differ
            checkKeywords(sig, names, posOnlyWithReceiver, kwNames, name);
            if (nargs == 0 && nkw == 0) {
                throw Errors.typeError("enumerate() missing required argument 'iterable'");
            }
        }
        for (int i = nargs; i < required; i++) {
            if (!given(names[skip + i], kwNames)) {
                throw missingArgument(name, names[skip + i], i + 1);
            }
        }
        for (int i = 0; i < sig.getKwOnlyCount(); i++) {
            String kwName = names[sig.getKwOnlyStart() + i];
            if ((kwDefaults == null || kwDefaults[i] == null) && !given(kwName, kwNames)) {
                throw missingArgument(name, kwName, maxPos + i + 1);
            }
        }
        // as Argument Clinic: a missing argument is reported before an unknown keyword
        checkKeywords(sig, names, posOnlyWithReceiver, kwNames, name);
    }

    private static void checkKeywords(Signature sig, String[] names, int posOnlyWithReceiver, String[] kwNames, String name) {
        if (sig.hasVarKeywords() || kwNames == null) {
            return;
        }
        for (String kw : kwNames) {
            if (!acceptsKeyword(sig, names, posOnlyWithReceiver, kw)) {
                // CPython's sorted() hands its keywords to list.sort, which is the one that complains
                throw invalidKeyword(kw, name.equals("sorted") ? "sort" : name);
            }
        }
    }

    private static boolean acceptsKeyword(Signature sig, String[] names, int posOnly, String keyword) {
        for (int i = posOnly; i < sig.getPositionalCount(); i++) {
            if (names[i].equals(keyword)) {
                return true;
            }
        }
        for (int i = 0; i < sig.getKwOnlyCount(); i++) {
            if (names[sig.getKwOnlyStart() + i].equals(keyword)) {
                return true;
            }
        }
        return false;
    }

    // CPython's wording for C functions' argument errors, also used for MiniPy's Python-written stand-ins for C
    // modules (CArgumentErrors).

    /**
     * Too few or too many positional arguments for positional-only parameters: {@code getattr expected at least 2
     * arguments, got 1}, or, from PyArg_ParseTuple ({@code tupleStyle}), {@code insert() takes exactly 2 arguments (1 given)}.
     */
    static PException positionalCountError(String name, boolean tupleStyle, int required, int maxPos, int nargs) {
        String bound = required == maxPos ? "" : nargs < required ? "at least " : "at most ";
        int n = nargs < required ? required : maxPos;
        if (tupleStyle) {
            return Errors.typeError("%s() takes %s%d argument%s (%d given)", name, required == maxPos ? "exactly " : bound, n, plural(n), nargs);
        }
        return Errors.typeError("%s expected %s%d argument%s, got %d", name, bound, n, plural(n), nargs);
    }

    /** {@code open() takes at most 8 arguments (9 given)}. */
    static PException tooManyArguments(String name, int maxArgs, int nargs, int nkw) {
        return Errors.typeError("%s() takes at most %d %sargument%s (%d given)", name, maxArgs, nargs == 0 ? "keyword " : "",
                        plural(maxArgs), nargs + nkw);
    }

    /** {@code round() takes at most 2 positional arguments (3 given)}. */
    static PException tooManyPositional(String name, int required, int maxPos, int nargs) {
        return Errors.typeError("%s() takes %s %d positional argument%s (%d given)", name, required < maxPos ? "at most" : "exactly",
                        maxPos, plural(maxPos), nargs);
    }

    /** {@code round() missing required argument 'number' (pos 1)}. */
    static PException missingArgument(String name, String parameter, int position) {
        return Errors.typeError("%s() missing required argument '%s' (pos %d)", name, parameter, position);
    }

    /** {@code 'foo' is an invalid keyword argument for print()}. */
    static PException invalidKeyword(String keyword, String name) {
        return Errors.typeError("'%s' is an invalid keyword argument for %s()", keyword, name);
    }

    static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    static boolean given(String name, String[] kwNames) {
        if (kwNames != null) {
            for (String k : kwNames) {
                if (k.equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
