package org.minipy.runtime;

/**
 * CPython's argument errors for functions it writes in C, for MiniPy's Python-written stand-ins ({@code heapq},
 * {@code bisect}, {@code itertools}, {@code operator}, {@code collections.deque} ...): a stand-in declares which of
 * C's argument parsers the original uses, and a call that does not fit its signature gets that parser's message
 * ({@code heappush expected 2 arguments, got 1}) instead of a Python function's ({@code heappush() missing 1 required
 * positional argument: 'item'}). Only consulted once binding has failed, so calls that fit cost nothing. The
 * wording itself is {@link BuiltinArguments}', which checks MiniPy's Java-written builtins.
 */
public record CArgumentErrors(Kind kind, String name, String kwName, int skip) {
    public enum Kind {
        /** METH_NOARGS: {@code deque.pop() takes no arguments (1 given)}. */
        NONE,
        /** METH_O: {@code _heapq.heappop() takes exactly one argument (0 given)}. */
        ONE,
        /** Argument Clinic, positional only: {@code heappush expected 2 arguments, got 1}. */
        POSITIONAL,
        /** Argument Clinic or PyArg_ParseTupleAndKeywords: {@code bisect_right() missing required argument 'a' (pos 1)}. */
        KEYWORDS,
        /** PyArg_ParseTuple: {@code insert() takes exactly 2 arguments (1 given)}. */
        TUPLE
    }

    /** The parser's error for a call of {@code sig} (whose first {@link #skip} parameters are self or cls). */
    PException error(Signature sig, Object[] defaults, int nargsWithSelf, String[] kwNames) {
        int nargs = nargsWithSelf - skip;
        int nkw = kwNames == null ? 0 : kwNames.length;
        int maxPos = sig.getPositionalCount() - skip;
        int minPos = maxPos - (defaults == null ? 0 : defaults.length);
        switch (kind) {
            case NONE:
                if (nkw > 0) {
                    return Errors.typeError("%s() takes no keyword arguments", kwName);
                }
                return Errors.typeError("%s() takes no arguments (%d given)", name, nargs);
            case ONE:
                if (nkw > 0) {
                    return Errors.typeError("%s() takes no keyword arguments", kwName);
                }
                return Errors.typeError("%s() takes exactly one argument (%d given)", name, nargs);
            case POSITIONAL:
            case TUPLE:
                if (nkw > 0) {
                    return Errors.typeError("%s() takes no keyword arguments", kwName);
                }
                // (a stand-in's *args are C's optional arguments past the required ones: too few is all it can get wrong)
                return BuiltinArguments.positionalCountError(name, kind == Kind.TUPLE, minPos,
                                kind == Kind.POSITIONAL && sig.hasVarArgs() ? minPos : maxPos, nargs);
            default:
                return keywordsError(sig, minPos, maxPos, nargs, kwNames);
        }
    }

    private PException keywordsError(Signature sig, int minPos, int maxPos, int nargs, String[] kwNames) {
        String[] names = sig.getNames();
        int nkw = kwNames == null ? 0 : kwNames.length;
        int maxArgs = maxPos + sig.getKwOnlyCount();
        if (!sig.hasVarArgs() && nargs + nkw > maxArgs) {
            return BuiltinArguments.tooManyArguments(name, maxArgs, nargs, nkw);
        }
        if (!sig.hasVarArgs() && nargs > maxPos) {
            return BuiltinArguments.tooManyPositional(name, minPos, maxPos, nargs);
        }
        for (int i = nargs; i < minPos; i++) {
            if (!BuiltinArguments.given(names[skip + i], kwNames)) {
                return BuiltinArguments.missingArgument(name, names[skip + i], i + 1);
            }
        }
        if (kwNames != null) {
            for (String kw : kwNames) {
                boolean known = false;
                for (int i = skip + Math.max(nargs, sig.getPosOnlyCount() - skip); i < sig.getPositionalCount(); i++) {
                    known |= names[i].equals(kw);
                }
                for (int i = sig.getKwOnlyStart(); i < sig.getKwOnlyStart() + sig.getKwOnlyCount(); i++) {
                    known |= names[i].equals(kw);
                }
                if (!known) {
                    for (int i = skip; i < skip + nargs && i < sig.getPositionalCount(); i++) {
                        if (names[i].equals(kw)) {
                            return Errors.typeError("argument for %s() given by name ('%s') and position (%d)", name, kw, i - skip + 1);
                        }
                    }
                    return BuiltinArguments.invalidKeyword(kw, name);
                }
            }
        }
        return null;
    }
}
