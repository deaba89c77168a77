package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Matches a call's positional and keyword arguments to a {@link Signature}'s slots, filling in defaults and raising
 * CPython's TypeErrors for every mismatch (missing, surplus, unexpected and duplicate arguments).
 */
public final class ArgumentBinder {
    private ArgumentBinder() {
    }

    /**
     * @param defaults values for the last {@code defaults.length} positional parameters
     * @param kwDefaults parallel to the keyword-only parameters; null entries have no default (may be null)
     * @param kwNames keyword argument names (may be null when there are none)
     */
    @TruffleBoundary
    public static Object[] bind(Signature sig, Object[] defaults, Object[] kwDefaults, Object[] args,
                    String[] kwNames, Object[] kwValues) {
        if (sig.getCErrors() == null) {
            return bindPython(sig, defaults, kwDefaults, args, kwNames, kwValues);
        }
        if (kwNames != null && kwNames.length > 0 && sig.getCErrors().kind() != CArgumentErrors.Kind.KEYWORDS) {
            throw sig.getCErrors().error(sig, defaults, args.length, kwNames); // positional-only in C, whatever the names
        }
        try {
            return bindPython(sig, defaults, kwDefaults, args, kwNames, kwValues);
        } catch (PException e) {
            PException c = sig.getCErrors().error(sig, defaults, args.length, kwNames);
            throw c != null ? c : e;
        }
    }

    private static Object[] bindPython(Signature sig, Object[] defaults, Object[] kwDefaults, Object[] args,
                    String[] kwNames, Object[] kwValues) {
        Object[] slots = new Object[sig.getSlotCount()];
        int positional = sig.getPositionalCount();
        String fn = sig.getName() + "()";
        int nargs = args.length;
        if (nargs > positional) {
            if (!sig.hasVarArgs()) {
                throw tooManyPositional(sig, defaults, nargs, kwNames);
            }
            Object[] extra = new Object[nargs - positional];
            System.arraycopy(args, positional, extra, 0, extra.length);
            slots[sig.getVarArgsSlot()] = new PTuple(extra);
            System.arraycopy(args, 0, slots, 0, positional);
        } else {
            System.arraycopy(args, 0, slots, 0, nargs);
            if (sig.hasVarArgs()) {
                slots[sig.getVarArgsSlot()] = PTuple.EMPTY;
            }
        }
        PDict extraKw = null;
        if (sig.hasVarKeywords()) {
            extraKw = new PDict();
            slots[sig.getVarKeywordsSlot()] = extraKw;
        }
        if (kwNames != null) {
            String[] names = sig.getNames();
            for (int k = 0; k < kwNames.length; k++) {
                String kw = kwNames[k];
                int slot = findKeywordSlot(sig, names, kw);
                if (slot < 0) {
                    if (extraKw != null) {
                        if (extraKw.containsKey(kw)) {
                            throw Errors.typeError("%s got multiple values for keyword argument '%s'", fn, kw);
                        }
                        extraKw.put(kw, kwValues[k]);
                        continue;
                    }
                    if (isPositionalOnly(sig, names, kw)) {
                        throw positionalOnlyAsKeywords(sig, names, fn, kwNames);
                    }
                    throw Errors.typeError("%s got an unexpected keyword argument '%s'", fn, kw);
                }
                if (slots[slot] != null) {
                    throw Errors.typeError("%s got multiple values for argument '%s'", fn, kw);
                }
                slots[slot] = kwValues[k];
            }
        }
        int firstDefault = positional - (defaults == null ? 0 : defaults.length);
        StringBuilder missing = null;
        int missingCount = 0;
        for (int i = 0; i < positional; i++) {
            if (slots[i] == null) {
                if (i >= firstDefault) {
                    slots[i] = defaults[i - firstDefault];
                } else {
                    missingCount++;
                    missing = appendName(missing, sig.getNames()[i], missingCount);
                }
            }
        }
        if (missingCount > 0) {
            throw Errors.typeError("%s missing %d required positional argument%s: %s", fn, missingCount,
                            missingCount == 1 ? "" : "s", finishNames(missing, missingCount));
        }
        int kwStart = sig.getKwOnlyStart();
        for (int i = 0; i < sig.getKwOnlyCount(); i++) {
            if (slots[kwStart + i] == null) {
                Object d = kwDefaults == null ? null : kwDefaults[i];
                if (d == null) {
                    missingCount++;
                    missing = appendName(missing, sig.getNames()[kwStart + i], missingCount);
                } else {
                    slots[kwStart + i] = d;
                }
            }
        }
        if (missingCount > 0) {
            throw Errors.typeError("%s missing %d required keyword-only argument%s: %s", fn, missingCount,
                            missingCount == 1 ? "" : "s", finishNames(missing, missingCount));
        }
        return slots;
    }

    private static int findKeywordSlot(Signature sig, String[] names, String kw) {
        for (int i = sig.getPosOnlyCount(); i < sig.getPositionalCount(); i++) {
            if (names[i].equals(kw)) {
                return i;
            }
        }
        int start = sig.getKwOnlyStart();
        for (int i = start; i < start + sig.getKwOnlyCount(); i++) {
            if (names[i].equals(kw)) {
                return i;
            }
        }
        return -1;
    }

    /** CPython names every positional-only parameter passed by keyword, in the order of the call. */
    private static PException positionalOnlyAsKeywords(Signature sig, String[] names, String fn, String[] kwNames) {
        StringBuilder all = new StringBuilder();
        for (String kw : kwNames) {
            if (isPositionalOnly(sig, names, kw)) {
                all.append(all.length() == 0 ? "" : ", ").append(kw);
            }
        }
        return Errors.typeError("%s got some positional-only arguments passed as keyword arguments: '%s'", fn, all);
    }

    private static boolean isPositionalOnly(Signature sig, String[] names, String kw) {
        for (int i = 0; i < sig.getPosOnlyCount(); i++) {
            if (names[i].equals(kw)) {
                return true;
            }
        }
        return false;
    }

    private static PException tooManyPositional(Signature sig, Object[] defaults, int given, String[] kwNames) {
        int positional = sig.getPositionalCount();
        int ndefaults = defaults == null ? 0 : defaults.length;
        String takes;
        if (ndefaults > 0) {
            takes = "from " + (positional - ndefaults) + " to " + positional + " positional arguments";
        } else {
            takes = positional + " positional argument" + (positional == 1 ? "" : "s");
        }
        int kwGiven = 0;
        if (kwNames != null) {
            String[] names = sig.getNames();
            int start = sig.getKwOnlyStart();
            for (String kw : kwNames) {
                for (int i = start; i < start + sig.getKwOnlyCount(); i++) {
                    if (names[i].equals(kw)) {
                        kwGiven++;
                    }
                }
            }
        }
        String was = given == 1 ? "was" : "were";
        if (kwGiven > 0) {
            return Errors.typeError("%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given",
                            sig.getName(), takes, given, given == 1 ? "" : "s", kwGiven, kwGiven == 1 ? "" : "s");
        }
        return Errors.typeError("%s() takes %s but %d %s given", sig.getName(), takes, given, was);
    }

    private static StringBuilder appendName(StringBuilder sb, String name, int count) {
        StringBuilder result = sb == null ? new StringBuilder() : sb;
        result.append(count == 1 ? "" : "\u0000").append('\'').append(name).append('\'');
        return result;
    }

    /** CPython lists missing names as {@code 'a'}, {@code 'a' and 'b'}, {@code 'a', 'b', and 'c'}. */
    private static String finishNames(StringBuilder sb, int count) {
        String[] parts = sb.toString().split("\u0000");
        if (count == 1) {
            return parts[0];
        } else if (count == 2) {
            return parts[0] + " and " + parts[1];
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append(i == parts.length - 1 ? ", and " : ", ");
            }
            out.append(parts[i]);
        }
        return out.toString();
    }
}
