package org.minipy.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.compiler.ModuleLoader;
import org.minipy.runtime.Attributes;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.ClassFactory;
import org.minipy.runtime.Errors;
import org.minipy.runtime.Formatter;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PCell;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PException;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PList;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PSet;
import org.minipy.runtime.PSuper;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.PythonCode;
import org.minipy.runtime.PythonContext;
import org.minipy.runtime.Repr;
import org.minipy.runtime.Sequences;
import org.minipy.runtime.TypeOf;

/**
 * The out-of-line halves of bytecode operations: code that is too large or too rare to be worth compiling into the
 * caller, kept behind {@link TruffleBoundary} so the compiled interpreter loop stays small.
 */
final class RuntimeCalls {
    private RuntimeCalls() {
    }

    static PModule globalsOf(Object[] frameArgs) {
        return ((PFunction) frameArgs[PythonCode.ARG_FUNCTION]).getGlobals();
    }

    @TruffleBoundary
    static Object getItem(Object obj, Object key) {
        return Sequences.getItem(obj, key);
    }

    @TruffleBoundary
    static void setItem(Object obj, Object key, Object value) {
        Sequences.setItem(obj, key, value);
    }

    @TruffleBoundary
    static Object loadGlobal(Object[] frameArgs, String name, Node location) {
        Object v = globalsOf(frameArgs).getGlobal(name);
        if (v != null) {
            return v;
        }
        v = PythonContext.get(location).getBuiltins().getGlobal(name);
        if (v != null) {
            return v;
        }
        throw Errors.nameError(name, globalsOf(frameArgs));
    }

    @TruffleBoundary
    static void storeGlobal(Object[] frameArgs, String name, Object value) {
        globalsOf(frameArgs).setGlobal(name, value);
    }

    @TruffleBoundary
    static void deleteGlobal(Object[] frameArgs, String name) {
        PModule m = globalsOf(frameArgs);
        Object old = m.getGlobal(name);
        if (old == null) {
            throw Errors.nameError(name);
        }
        m.setGlobal(name, null);
        LoopIterators.released(old);
    }

    /** The namespace of a class body is its frame argument 1. */
    /** The class body's namespace when it is a plain dict, else null (a metaclass's {@code __prepare__} mapping). */
    private static PDict namespace(Object[] frameArgs) {
        return frameArgs[PythonCode.ARG_FIRST_PARAMETER] instanceof PDict d && d.getPythonClass() == BuiltinTypes.DICT ? d : null;
    }

    @TruffleBoundary
    static Object loadClassName(Object[] frameArgs, String name, Node location) {
        PDict ns = namespace(frameArgs);
        Object v;
        if (ns != null) {
            v = ns.get(name);
        } else {
            try {
                v = org.minipy.runtime.Sequences.getItem(frameArgs[PythonCode.ARG_FIRST_PARAMETER], name);
            } catch (PException e) {
                if (!e.matches(BuiltinTypes.KEY_ERROR)) {
                    throw e;
                }
                v = null;
            }
        }
        return v != null ? v : loadGlobal(frameArgs, name, location);
    }

    @TruffleBoundary
    static void storeClassName(Object[] frameArgs, String name, Object value) {
        PDict ns = namespace(frameArgs);
        if (ns != null) {
            ns.put(name, value);
        } else {
            org.minipy.runtime.Sequences.setItem(frameArgs[PythonCode.ARG_FIRST_PARAMETER], name, value);
        }
    }

    @TruffleBoundary
    static void deleteClassName(Object[] frameArgs, String name) {
        PDict ns = namespace(frameArgs);
        if (ns == null) {
            try {
                org.minipy.runtime.Sequences.delItem(frameArgs[PythonCode.ARG_FIRST_PARAMETER], name);
            } catch (PException e) {
                if (e.matches(BuiltinTypes.KEY_ERROR)) {
                    throw Errors.nameError(name);
                }
                throw e;
            }
        } else if (ns.remove(name) == null) {
            throw Errors.nameError(name);
        }
    }

    static PException unboundCell(String name) {
        return Errors.withAttribute(Errors.raise(BuiltinTypes.NAME_ERROR,
                        "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name), "name", name);
    }

    @TruffleBoundary
    static Object buildSet(Object[] items) {
        PSet set = new PSet();
        for (Object item : items) {
            set.add(item);
        }
        return set;
    }

    @TruffleBoundary
    static Object buildDict(Object[] keysAndValues) {
        PDict dict = new PDict();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            dict.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return dict;
    }

    @TruffleBoundary
    static Object buildString(Object[] parts) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            sb.append((String) p);
        }
        return sb.toString();
    }

    @TruffleBoundary
    static Object formatValue(int conversion, Object value, Object spec) {
        Object v = value;
        switch (conversion) {
            case 's':
                v = Repr.str(value);
                break;
            case 'r':
                v = Repr.repr(value);
                break;
            case 'a':
                v = Repr.ascii(value);
                break;
            default:
                break;
        }
        String specText = spec == PNone.NONE ? "" : (String) spec;
        if (specText.isEmpty() && v instanceof String s) {
            return s;
        }
        return Formatter.format(v, specText);
    }

    /** {@code *iterable} in a list or tuple display. */
    @TruffleBoundary
    static void listExtend(Object list, Object iterable) {
        appendAll((PList) list, starredIterable(iterable, null));
    }

    /** A call's sole positional part {@code f(*iterable)}, whose error names the callee. */
    @TruffleBoundary
    static void callArgsExtend(Object list, Object iterable, Object callee) {
        appendAll((PList) list, starredIterable(iterable, callee));
    }

    private static void appendAll(PList list, Object iterable) {
        for (Object e : Iteration.toArray(iterable)) {
            list.append(e);
        }
    }

    /**
     * What {@code *iterable} in a display or a call iterates; a value that cannot be iterated at all is CPython's
     * TypeError: "Value after * must be an iterable, not int" ({@code [*5]}, {@code f(a, *5)}), or with the callee of
     * {@code f(*5)}, "f() argument after * must be ..."; a sequence (a class with {@code __getitem__}) gets through
     * to fail as it iterates.
     */
    private static Object starredIterable(Object iterable, Object callee) {
        if (iterable instanceof PTuple || iterable instanceof PList) {
            return iterable;
        }
        Object iterator = Iteration.getIterOrNull(iterable);
        if (iterator == null) {
            if (org.minipy.runtime.Attributes.lookupUserSpecial(TypeOf.classOf(iterable), "__getitem__") != null) {
                throw Errors.typeError("'%s' object is not iterable", TypeOf.nameOf(iterable));
            }
            String what = callee == null ? "Value after *" : CallOperations.functionString(callee) + " argument after *";
            throw Errors.typeError("%s must be an iterable, not %s", what, TypeOf.nameOf(iterable));
        }
        return iterator;
    }

    @TruffleBoundary
    static void setUpdate(Object set, Object iterable) {
        PSet target = (PSet) set;
        for (Object e : Iteration.toArray(iterable)) {
            target.add(e);
        }
    }

    @TruffleBoundary
    static void dictUpdate(Object dict, Object mapping) {
        PDict target = (PDict) dict;
        PDict source = CallOperations.toKeywordDict(mapping, null);
        for (PDict.Entry e : source.entriesSnapshot()) {
            target.put(e.key, e.value);
        }
    }

    @TruffleBoundary
    static Object unpack(int count, int starIndex, Object iterable) {
        Object[] items;
        if (iterable instanceof PTuple t && t.getPythonClass() == BuiltinTypes.TUPLE) {
            items = t.getItems();
        } else {
            Object iterator = Iteration.getIterOrNull(iterable);
            if (iterator == null) {
                throw Errors.typeError("cannot unpack non-iterable %s object", TypeOf.nameOf(iterable));
            }
            items = Iteration.toArray(iterator);
        }
        if (starIndex < 0) {
            if (items.length != count) {
                if (items.length > count) {
                    throw Errors.valueError("too many values to unpack (expected %d)", count);
                }
                throw Errors.valueError("not enough values to unpack (expected %d, got %d)", count, items.length);
            }
            return items;
        }
        int after = count - starIndex - 1;
        if (items.length < count - 1) {
            throw Errors.valueError("not enough values to unpack (expected at least %d, got %d)", count - 1, items.length);
        }
        Object[] out = new Object[count];
        System.arraycopy(items, 0, out, 0, starIndex);
        int starLen = items.length - starIndex - after;
        Object[] star = new Object[starLen];
        System.arraycopy(items, starIndex, star, 0, starLen);
        out[starIndex] = new PList(star);
        System.arraycopy(items, starIndex + starLen, out, starIndex + 1, after);
        return out;
    }

    @TruffleBoundary
    static Object makeFunction(Object[] frameArgs, PythonCode code, Object defaults, Object kwDefaults, Object[] closure) {
        PCell[] cells = new PCell[closure.length];
        for (int i = 0; i < closure.length; i++) {
            cells[i] = (PCell) closure[i];
        }
        Object[] defaultValues = defaults == PNone.NONE ? null : ((PTuple) defaults).getItems();
        Object[] kwDefaultValues = kwDefaults == PNone.NONE ? null : ((PTuple) kwDefaults).getItems();
        return new PFunction(code, globalsOf(frameArgs), defaultValues, kwDefaultValues, cells);
    }

    /** A class statement: see {@link ClassFactory#buildClass}. */
    @TruffleBoundary
    static Object makeClass(String name, Object bodyFunction, Object bases, Object keywords) {
        return ClassFactory.buildClass(name, (PFunction) bodyFunction, ((PTuple) bases).getItems(),
                        keywords instanceof PDict k ? k : null);
    }

    @TruffleBoundary
    static Object importName(String name, Object[] frameArgs, Node location) {
        return ModuleLoader.importModule(PythonContext.get(location), globalsOf(frameArgs), name);
    }

    @TruffleBoundary
    static Object importFrom(Object module, String name) {
        if (module instanceof PModule m) {
            return ModuleLoader.importFrom(PythonContext.get(), m, name);
        }
        Object v = Attributes.lookupAttribute(module, name);
        if (v == null) {
            throw Errors.raise(BuiltinTypes.IMPORT_ERROR, "cannot import name '%s'", name);
        }
        return v;
    }

    @TruffleBoundary
    static void importStar(Object[] frameArgs, Object module) {
        PModule target = globalsOf(frameArgs);
        PModule source = (PModule) module;
        Object all = source.getGlobal("__all__");
        if (all != null) {
            for (Object n : Iteration.toArray(all)) {
                if (!(n instanceof String name)) {
                    throw Errors.typeError("Item in %s.__all__ must be str, not %s", source.getName(), TypeOf.nameOf(n));
                }
                // a package's __all__ may name submodules not imported yet: the star import loads them (tutorial 6.4.1)
                if (Attributes.lookupAttribute(source, name) == null) {
                    ModuleLoader.submodule(PythonContext.get(), source, name);
                }
                target.setGlobal(name, Attributes.getAttribute(source, name));
            }
            return;
        }
        for (PDict.Entry e : source.toDict().entriesSnapshot()) {
            String n = (String) e.key;
            if (!n.startsWith("_")) {
                target.setGlobal(n, e.value);
            }
        }
    }

    @TruffleBoundary
    static Object withEnter(Object manager) {
        PythonClass cls = TypeOf.classOf(manager);
        Object enter = cls.lookup("__enter__");
        if (enter == null) {
            throw Errors.typeError("'%s' object does not support the context manager protocol", cls.getMessageName());
        } else if (cls.lookup("__exit__") == null) {
            throw Errors.typeError("'%s' object does not support the context manager protocol (missed __exit__ method)", cls.getMessageName());
        }
        return Calls.call(enter, new Object[]{manager});
    }

    @TruffleBoundary
    static boolean withExit(Object manager, Object caught) {
        Object exit = TypeOf.classOf(manager).lookup("__exit__");
        if (caught instanceof PException e) {
            PBaseException exc = e.getPythonException();
            Object r;
            try {
                // As in CPython, the body's exception is the handled one (sys.exc_info()) while __exit__ runs.
                r = HandledExceptions.whileHandling(e, () -> Calls.call(exit, new Object[]{manager, exc.getPythonClass(), exc, exc.getTraceback()}));
            } catch (PException raised) {
                // __exit__ raised while the body's exception was being handled: that one becomes the context.
                throw ExceptionOperations.chainContext(raised, e);
            }
            return org.minipy.runtime.Truth.isTrue(r);
        }
        Calls.call(exit, new Object[]{manager, PNone.NONE, PNone.NONE, PNone.NONE});
        return false;
    }

    @TruffleBoundary
    static Object zeroArgSuper(Object classCell, Object self) {
        Object cls = classCell instanceof PCell c ? c.get() : null;
        if (!(cls instanceof PythonClass pc)) {
            throw Errors.runtimeError("super(): __class__ cell not found");
        }
        return new PSuper(pc, self);
    }

    @TruffleBoundary
    static PException assertionFailed(Object message) {
        if (message == PNone.NONE) {
            return Errors.raiseEmpty(BuiltinTypes.ASSERTION_ERROR);
        }
        return new PException(new PBaseException(BuiltinTypes.ASSERTION_ERROR, new PTuple(new Object[]{message})), null);
    }

    static boolean is(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        } else if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.booleanValue() == y.booleanValue();
        } else if (a instanceof String x && b instanceof String y) {
            return x.equals(y);
        }
        return false;
    }
}
