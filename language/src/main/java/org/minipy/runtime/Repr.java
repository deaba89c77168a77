package org.minipy.runtime;

import java.math.BigInteger;
import java.util.IdentityHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code repr()} and {@code str()} of every value. A user class's {@code __repr__}/{@code __str__} wins; builtin
 * values are rendered here in Java exactly as CPython renders them. Containers guard against reference cycles the
 * way CPython does ({@code [[...]]}), per thread.
 */
public final class Repr {
    private Repr() {
    }

    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> IN_PROGRESS = ThreadLocal.withInitial(IdentityHashMap::new);

    @TruffleBoundary
    public static String repr(Object value) {
        if (value instanceof String s) {
            return StringRepr.repr(s);
        } else if (value instanceof Long) {
            return value.toString();
        } else if (value instanceof BigInteger) {
            return IntOps.toDecimalString(value);
        } else if (value instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (value instanceof Double d) {
            return FloatOps.repr(d);
        }
        PythonClass cls = TypeOf.classOf(value);
        Object user = Attributes.lookupUserSpecial(cls, "__repr__");
        if (user != null) {
            return asString(Calls.call(user, new Object[]{value}), "__repr__");
        }
        return builtinRepr(value, cls);
    }

    /** {@code ascii(x)}: the repr with every non-ASCII character escaped. */
    @TruffleBoundary
    public static String ascii(Object value) {
        String r = repr(value);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.length(); i += Character.charCount(r.codePointAt(i))) {
            int c = r.codePointAt(i);
            if (c < 128) {
                sb.append((char) c);
            } else if (c < 256) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x10000) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static String str(Object value) {
        if (value instanceof String s) {
            return s;
        }
        PythonClass cls = TypeOf.classOf(value);
        Object user = Attributes.lookupUserSpecial(cls, "__str__");
        if (user != null) {
            return asString(Calls.call(user, new Object[]{value}), "__str__");
        }
        if (value instanceof PBaseException e) {
            return Errors.messageOf(e);
        } else if (value instanceof PSubclassValue v && v.getValue() instanceof String s) {
            return s;
        } else if (value instanceof JavaOperators j) {
            return j.str();
        } else if (value instanceof PMappingProxy p) {
            return str(p.getMapping());
        }
        Object userRepr = Attributes.lookupUserSpecial(cls, "__repr__");
        if (userRepr != null) {
            // object.__str__ calls the repr slot itself; str() then checks the result under its own name.
            return asString(Calls.call(userRepr, new Object[]{value}), "__str__");
        }
        return repr(value);
    }

    private static String asString(Object result, String method) {
        if (result instanceof String s) {
            return s;
        }
        throw Errors.typeError("%s returned non-string (type %s)", method, TypeOf.nameOf(result));
    }

    /**
     * The repr a builtin class gives its instances, ignoring any {@code __repr__} a subclass defines: what
     * {@code list.__repr__(x)} and {@code super().__repr__()} return.
     */
    @TruffleBoundary
    public static String builtinRepr(Object value) {
        return builtinRepr(value, TypeOf.classOf(value));
    }

    private static String builtinRepr(Object value, PythonClass cls) {
        if (value instanceof PSubclassValue v) {
            return repr(v.getValue());
        } else if (value == PNone.NONE) {
            return "None";
        } else if (value instanceof PSingleton) {
            return value.toString();
        } else if (value instanceof PList list) {
            return guarded(value, "[...]", () -> join("[", list.toArray(), "]"));
        } else if (value instanceof PTuple tuple) {
            if (cls != BuiltinTypes.TUPLE && StructSequence.isStructSequence(cls)) {
                return guarded(value, "(...)", () -> StructSequence.repr(tuple, cls));
            }
            if (tuple.size() == 1) {
                return guarded(value, "(...)", () -> "(" + repr(tuple.get(0)) + ",)");
            }
            return guarded(value, "(...)", () -> join("(", tuple.getItems(), ")"));
        } else if (value instanceof PDict dict) {
            return guarded(value, "{...}", () -> dictRepr(dict));
        } else if (value instanceof PSet set) {
            boolean frozen = set.isFrozen();
            String name = cls.getName();
            if (set.size() == 0) {
                return name + "()";
            }
            String body = guarded(value, "...", () -> join("{", set.elements().toArray(), "}"));
            return (frozen || !cls.isBuiltin()) ? name + "(" + body + ")" : body;
        } else if (value instanceof PBaseException e) {
            PTuple args = e.getArgs();
            String inner = args.size() == 1 ? repr(args.get(0)) : join("", args.getItems(), "");
            return cls.getName() + "(" + inner + ")";
        } else if (value instanceof PythonClass c) {
            String module = moduleOf(c);
            return "<class '" + (module == null ? "" : module + ".") + c.getQualname() + "'>";
        } else if (value instanceof PFunction f) {
            return "<function " + f.getQualname() + " at " + address(value) + ">";
        } else if (value instanceof PBuiltinFunction b) {
            if (b.getOwner() != null) {
                return "<" + (b.isSlotWrapper() ? "slot wrapper" : "method") + " '" + b.getName() + "' of '" + b.getOwner().getName() + "' objects>";
            }
            return "<built-in function " + b.getName() + ">";
        } else if (value instanceof PBoundMethod m) {
            Object fn = m.getFunction();
            if (fn instanceof PBuiltinFunction b && b.getOwner() != null) {
                String self = TypeOf.classOf(m.getSelf()).getName() + " object at " + address(m.getSelf());
                return b.isSlotWrapper() ? "<method-wrapper '" + b.getName() + "' of " + self + ">"
                                : "<built-in method " + b.getName() + " of " + self + ">";
            }
            String name = fn instanceof PFunction f ? f.getQualname() : fn instanceof PBuiltinFunction b ? b.getName() : "?";
            return "<bound method " + name + " of " + repr(m.getSelf()) + ">";
        } else if (value instanceof PModule m) {
            return moduleRepr(m);
        } else if (value instanceof PBigRange r) {
            return r.repr();
        } else if (value instanceof PRange r) {
            return r.step == 1 ? "range(" + r.start + ", " + r.stop + ")" : "range(" + r.start + ", " + r.stop + ", " + r.step + ")";
        } else if (value instanceof PSlice s) {
            return "slice(" + repr(s.start) + ", " + repr(s.stop) + ", " + repr(s.step) + ")";
        } else if (value instanceof PBytes b) {
            return StringRepr.bytesRepr(b.getBytes());
        } else if (value instanceof Descriptors.PMember m) {
            return "<member '" + m.name + "' of '" + m.owner.getName() + "' objects>";
        } else if (value instanceof Descriptors.PInstanceSlot a) {
            return "<attribute '" + a.name + "' of '" + a.owner.getName() + "' objects>";
        }
        Object builtin = Attributes.lookupBuiltinSpecial(cls, "__repr__");
        if (builtin != null && !(value instanceof PythonObject)) {
            return asString(Calls.call(builtin, new Object[]{value}), "__repr__");
        }
        String module = moduleOf(cls);
        return "<" + (module == null ? "" : module + ".") + cls.getQualname() + " object at " + address(value) + ">";
    }

    /** The module a class was defined in ({@code __main__}, {@code _io}, ...), or null for the builtins module's own. */
    public static String moduleOf(PythonClass cls) {
        Object m = cls.getOwnAttribute("__module__");
        return m instanceof String s && !(cls.isBuiltin() && s.equals("builtins")) ? s : null;
    }

    public static String address(Object value) {
        return String.format("0x%012x", Identity.id(value));
    }

    private static String dictRepr(PDict dict) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (PDict.Entry e : dict.entriesSnapshot()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(repr(e.key)).append(": ").append(repr(e.value));
        }
        return sb.append('}').toString();
    }

    private static String join(String open, Object[] items, String close) {
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(repr(items[i]));
        }
        return sb.append(close).toString();
    }

    private static String guarded(Object container, String cycle, java.util.function.Supplier<String> body) {
        IdentityHashMap<Object, Boolean> active = IN_PROGRESS.get();
        if (active.containsKey(container)) {
            return cycle;
        }
        active.put(container, Boolean.TRUE);
        try {
            return body.get();
        } finally {
            active.remove(container);
        }
    }

    /** CPython modules that are compiled into the interpreter: their repr says so even where MiniPy's are Python. */
    private static final java.util.Set<String> CPYTHON_BUILTIN_MODULES = java.util.Set.of("builtins", "sys", "time", "itertools",
                    "_thread", "errno", "gc", "atexit", "marshal", "posix", "pwd", "faulthandler");

    /** {@code <module 'json' from '<path>'>} for a module read from a file, {@code <module 'sys' (built-in)>} otherwise. */
    @TruffleBoundary
    private static String moduleRepr(PModule m) {
        String name = m.getName();
        if (!CPYTHON_BUILTIN_MODULES.contains(name) && m.getGlobal("__file__") instanceof String file) {
            return "<module '" + name + "' from '" + file + "'>";
        }
        if (m.getGlobal("__loader__") == PNone.NONE) {
            // made by types.ModuleType: CPython knows nothing of where it came from
            return "<module '" + name + "'>";
        }
        return "<module '" + name + "' (built-in)>";
    }
}
