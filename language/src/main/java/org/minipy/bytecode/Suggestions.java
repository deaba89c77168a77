package org.minipy.bytecode;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.bytecode.LocalVariable;

import org.minipy.runtime.Attributes;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PException;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PythonContext;

/**
 * The "Did you mean: 'print'?" that CPython 3.11 adds to the last line of an uncaught NameError or AttributeError
 * traceback: the closest name, by a Levenshtein distance in which a case change costs 1 and any other edit 2, among
 * the failing frame's local names, then its globals, then the builtins (NameError), or {@code dir(obj)}
 * (AttributeError). Worked out only when the traceback is printed.
 */
final class Suggestions {
    private Suggestions() {
    }

    private static final int MAX_CANDIDATES = 750;
    private static final int MAX_LENGTH = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** The suggested name, or null. */
    static String forException(PBaseException exc) {
        try {
            if (!(Attributes.getOwn(exc, "name") instanceof String name)) {
                return null;
            }
            if (exc.getPythonClass().isSubclassOf(BuiltinTypes.ATTRIBUTE_ERROR)) {
                Object obj = Attributes.getOwn(exc, "obj");
                if (obj == null) {
                    return null;
                }
                Object dir = PythonContext.get().getBuiltins().getGlobal("dir");
                return best(names(Iteration.toArray(Calls.call(dir, new Object[]{obj}))), name);
            }
            if (exc.getPythonClass().isSubclassOf(BuiltinTypes.NAME_ERROR)) {
                String found = best(frameLocals(exc), name);
                if (found == null && exc.getNameScope() instanceof PModule globals) {
                    found = best(keys(globals), name);
                }
                return found != null ? found : best(keys(PythonContext.get().getBuiltins()), name);
            }
        } catch (PException e) {
            // a failing dir() or __dir__: no suggestion, as in CPython
        }
        return null;
    }

    /** The local variable names of the frame the exception was raised in. */
    private static List<String> frameLocals(PBaseException exc) {
        List<String> result = new ArrayList<>();
        PException raised = exc.getRaisedAs();
        if (raised == null || raised.getTraceback().isEmpty()) {
            return result;
        }
        PException.TracebackEntry innermost = raised.getTraceback().get(0);
        if (innermost.location() instanceof BytecodeNode bytecode) {
            for (LocalVariable local : bytecode.getLocals()) {
                if (local.getName() instanceof String s && !result.contains(s)) {
                    result.add(s);
                }
            }
        }
        return result;
    }

    private static List<String> keys(PModule module) {
        List<String> result = new ArrayList<>();
        for (PDict.Entry e : module.toDict().entriesSnapshot()) {
            if (e.key instanceof String s) {
                result.add(s);
            }
        }
        return result;
    }

    private static List<String> names(Object[] items) {
        List<String> result = new ArrayList<>();
        for (Object o : items) {
            if (o instanceof String s) {
                result.add(s);
            }
        }
        return result;
    }

    private static String best(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATES) {
            return null;
        }
        String suggestion = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name)) {
                continue;
            }
            // no more than a third of the characters involved may change
            int max = (name.length() + item.length() + 3) * MOVE_COST / 6;
            max = Math.min(max, bestDistance - 1);
            int distance = distance(name, item, max);
            if (distance > max) {
                continue;
            }
            if (suggestion == null || distance < bestDistance) {
                suggestion = item;
                bestDistance = distance;
            }
        }
        return suggestion;
    }

    private static int substitutionCost(char a, char b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        return Character.toLowerCase(a) == Character.toLowerCase(b) && a < 128 && b < 128 ? CASE_COST : MOVE_COST;
    }

    /** The edit distance, or {@code max + 1} as soon as it must exceed {@code max}. */
    private static int distance(String a, String b, int max) {
        int aStart = 0;
        int bStart = 0;
        int aEnd = a.length();
        int bEnd = b.length();
        while (aStart < aEnd && bStart < bEnd && a.charAt(aStart) == b.charAt(bStart)) {
            aStart++;
            bStart++;
        }
        while (aStart < aEnd && bStart < bEnd && a.charAt(aEnd - 1) == b.charAt(bEnd - 1)) {
            aEnd--;
            bEnd--;
        }
        int aSize = aEnd - aStart;
        int bSize = bEnd - bStart;
        if (aSize == 0 || bSize == 0) {
            return (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_LENGTH || bSize > MAX_LENGTH) {
            return max + 1;
        }
        if (bSize < aSize) {
            String t = a;
            a = b;
            b = t;
            int ts = aStart;
            aStart = bStart;
            bStart = ts;
            ts = aSize;
            aSize = bSize;
            bSize = ts;
        }
        if ((bSize - aSize) * MOVE_COST > max) {
            return max + 1;
        }
        int[] row = new int[aSize];
        for (int i = 0; i < aSize; i++) {
            row[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < bSize; bi++) {
            char code = b.charAt(bStart + bi);
            int distance = bi * MOVE_COST;
            result = distance;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < aSize; i++) {
                int substitute = distance + substitutionCost(code, a.charAt(aStart + i));
                distance = row[i];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[i] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > max) {
                return max + 1;
            }
        }
        return result;
    }
}
