package org.minipy.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A function written in Java: a builtin ({@code len}), a method of a builtin class ({@code str.split}) or a module
 * function ({@code math.sqrt}). Created from a one-line description in Python's own notation, for example
 * {@code create("split(self, sep=None, maxsplit=-1)", body)}; defaults may be None, True, False, numbers, quoted
 * strings, or {@code ?} for "not given" ({@link #MISSING}), which the body can test for.
 */
public final class PBuiltinFunction implements HasPythonClass {
    /** The value of a parameter whose default is {@code ?}: the caller did not pass it. Never reaches Python code. */
    public static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "<missing>";
        }
    };

    private final String name;
    private final Signature signature;
    private final Object[] defaults;
    private final Object[] kwDefaults;
    private final BuiltinBody body;
    private String qualifiedName;
    /** The module a module-level builtin belongs to ({@code math}), for {@code __module__} and argument errors. */
    private String module;
    /** The builtin class this is a method of, for the error when it is called through the class on a wrong self. */
    private PythonClass owner;
    /**
     * For a one-argument float function ({@code math.sqrt}, {@code math.sin}...): the plain double function, which a
     * call site may run inline when the argument is a float or an int and the result is finite (anything else still
     * goes through {@link #call}, which raises the math errors).
     */
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal private java.util.function.DoubleUnaryOperator doubleBody;

    public PBuiltinFunction(String name, Signature signature, Object[] defaults, Object[] kwDefaults, BuiltinBody body) {
        this.name = name;
        this.signature = signature;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.body = body;
        this.qualifiedName = name;
    }

    /**
     * For a Java function that stands in for a method CPython writes in Python ({@code random.randint} is the bound
     * {@code Random.randint}): its signature with {@code self} in front, named by the qualified name, so that argument
     * errors come out in Python's words ({@code Random.randint() missing 1 required positional argument: 'b'}).
     */
    private Signature boundMethodSignature;

    /** Makes argument errors those of the Python method {@code qualname} bound to an instance (see the field). */
    public void setPythonMethodArguments(String qualname) {
        Signature s = signature;
        int self = s.getPositionalCount() > 0 && s.getNames()[0].equals("self") ? 0 : 1;
        String[] names = new String[s.getNames().length + self];
        names[0] = "self";
        System.arraycopy(s.getNames(), 0, names, self, s.getNames().length);
        boundMethodSignature = new Signature(qualname, names, s.getPosOnlyCount() == 0 ? 0 : s.getPosOnlyCount() + self,
                        s.getPositionalCount() + self, s.hasVarArgs(), s.getKwOnlyCount(), s.hasVarKeywords());
        prependSelf = self == 1;
        qualifiedName = qualname;
    }

    /** Whether the Java signature lacks the {@code self} of the Python method (a module-level function). */
    private boolean prependSelf;

    private Object[] bindAsBoundMethod(Object[] args, String[] kwNames, Object[] kwValues) {
        if (!prependSelf) {
            return ArgumentBinder.bind(boundMethodSignature, defaults, kwDefaults, args, kwNames, kwValues);
        }
        Object[] withSelf = new Object[args.length + 1];
        withSelf[0] = PNone.NONE;
        System.arraycopy(args, 0, withSelf, 1, args.length);
        Object[] slots = ArgumentBinder.bind(boundMethodSignature, defaults, kwDefaults, withSelf, kwNames, kwValues);
        return java.util.Arrays.copyOfRange(slots, 1, slots.length);
    }

    /** Parses {@code "name(params)"} and makes the function; see the class comment for the notation. */
    @TruffleBoundary
    public static PBuiltinFunction create(String spec, BuiltinBody body) {
        int open = spec.indexOf('(');
        String name = spec.substring(0, open).strip();
        String params = spec.substring(open + 1, spec.lastIndexOf(')'));
        StringBuilder names = new StringBuilder();
        List<Object> defaults = new ArrayList<>();
        List<Object> kwDefaults = new ArrayList<>();
        boolean kwOnly = false;
        for (String raw : splitParams(params)) {
            String p = raw.strip();
            if (p.isEmpty()) {
                continue;
            }
            Object dflt = null;
            int eq = p.indexOf('=');
            if (eq > 0) {
                dflt = parseDefault(p.substring(eq + 1).strip());
                p = p.substring(0, eq).strip();
            }
            if (p.startsWith("*") && !p.startsWith("**")) {
                kwOnly = true;
            } else if (!p.equals("/") && !p.startsWith("**")) {
                if (kwOnly) {
                    kwDefaults.add(dflt);
                } else if (dflt != null) {
                    defaults.add(dflt);
                }
            }
            names.append(names.length() == 0 ? "" : ",").append(p);
        }
        Signature sig = Signature.parse(name, names.toString());
        return new PBuiltinFunction(name, sig, defaults.toArray(), kwDefaults.isEmpty() ? null : kwDefaults.toArray(), body);
    }

    private static List<String> splitParams(String params) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        for (char c : params.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        out.add(cur.toString());
        return out;
    }

    private static Object parseDefault(String text) {
        switch (text) {
            case "None":
                return PNone.NONE;
            case "True":
                return Boolean.TRUE;
            case "False":
                return Boolean.FALSE;
            case "?":
                return MISSING;
            default:
                if (text.startsWith("'") || text.startsWith("\"")) {
                    return text.substring(1, text.length() - 1).translateEscapes();
                }
                if (text.contains(".")) {
                    return Double.parseDouble(text);
                }
                return Long.parseLong(text);
        }
    }

    public String getName() {
        return name;
    }

    /** {@code str.split} for a method of a builtin class; the plain name otherwise. */
    public String getQualifiedName() {
        return qualifiedName;
    }

    public void setQualifiedName(String qualifiedName) {
        this.qualifiedName = qualifiedName;
    }

    /** The builtin class this is a method of, or null for a plain builtin or module function. */
    public PythonClass getOwner() {
        return owner;
    }

    /**
     * Whether CPython implements this method of a builtin class as a type slot ({@code <slot wrapper '__add__' of
     * 'int' objects>}) rather than an ordinary method ({@code <method 'append' of 'list' objects>}): the dunders,
     * except the few that CPython lists among the class's plain methods. Decides reprs and the wrong-self message.
     */
    public boolean isSlotWrapper() {
        if (owner == null || !name.startsWith("__") || !name.endsWith("__")) {
            return false;
        }
        switch (name) {
            case "__format__", "__round__", "__sizeof__", "__reduce__", "__reduce_ex__", "__dir__", "__trunc__", "__floor__",
                            "__ceil__", "__reversed__", "__getnewargs__", "__getstate__", "__class_getitem__", "__subclasshook__",
                            "__init_subclass__", "__copy__", "__deepcopy__", "__instancecheck__", "__subclasscheck__",
                            "__subclasses__", "__length_hint__", "__enter__", "__exit__", "__prepare__", "__bytes__":
                return false;
            case "__getitem__":
                return owner != BuiltinTypes.DICT && owner != BuiltinTypes.LIST;
            case "__contains__":
                return owner != BuiltinTypes.DICT && owner != BuiltinTypes.SET && owner != BuiltinTypes.FROZENSET;
            default:
                return true;
        }
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    /**
     * How CPython names a builtin in the argument errors of functions that take no or exactly one argument:
     * {@code math.sqrt} for a module's function, the qualified name otherwise ({@code len}, {@code list.append}).
     */
    String functionString() {
        return module == null ? qualifiedName : module + "." + qualifiedName;
    }

    public java.util.function.DoubleUnaryOperator getDoubleBody() {
        return doubleBody;
    }

    /** Declares that for a finite result this function is {@code doubleBody} of its one float argument. */
    public void setDoubleBody(java.util.function.DoubleUnaryOperator doubleBody) {
        this.doubleBody = doubleBody;
    }

    /** Marks this as a method of a builtin class (see {@link #owner}). */
    public void setOwner(PythonClass owner) {
        this.owner = owner;
    }

    public Signature getSignature() {
        return signature;
    }

    /** Binds the arguments and runs the body. */
    public Object call(Object[] args, String[] kwNames, Object[] kwValues) {
        Object[] slots;
        int slotCount = signature.getSlotCount();
        if (kwNames == null && args.length == slotCount && signature.isSimple()) {
            slots = args;
        } else if (kwNames == null && args.length < slotCount && signature.isSimple() && defaults != null
                        && args.length >= slotCount - defaults.length) {
            // positional arguments and the trailing defaults, as for s.split() or d.get(k): no binding needed
            slots = java.util.Arrays.copyOf(args, slotCount);
            System.arraycopy(defaults, defaults.length - (slotCount - args.length), slots, args.length, slotCount - args.length);
        } else if (boundMethodSignature != null) {
            slots = bindAsBoundMethod(args, kwNames, kwValues);
        } else {
            if (takesOneArgument()) {
                checkOneArgument(args, kwNames);
            } else {
                BuiltinArguments.check(this, defaults, kwDefaults, args, kwNames);
            }
            slots = ArgumentBinder.bind(signature, defaults, kwDefaults, args, kwNames, kwValues);
        }
        try {
            return body.call(slots);
        } catch (ClassCastException e) {
            // The bodies cast self without a check: only a call through the class (list.append(1, 2)) can get here.
            throw wrongSelf(slots, e);
        }
    }

    @TruffleBoundary
    private RuntimeException wrongSelf(Object[] slots, ClassCastException e) {
        if (owner != null && slots.length > 0 && !TypeOf.classOf(slots[0]).isSubclassOf(owner)) {
            if (isSlotWrapper()) {
                return Errors.typeError("descriptor '%s' requires a '%s' object but received a '%s'", name, owner.getName(),
                                TypeOf.nameOf(slots[0]));
            }
            return Errors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, owner.getName(),
                            TypeOf.nameOf(slots[0]));
        }
        return e;
    }

    /**
     * Whether this is what CPython calls a METH_O builtin: exactly one required positional-only argument (after
     * {@code self} for a method), such as {@code len(obj, /)} or {@code append(self, object, /)}. Those have their
     * own argument-error messages.
     */
    private boolean takesOneArgument() {
        int n = signature.getPositionalCount();
        boolean method = n == 2 && (signature.getNames()[0].equals("self") || signature.getNames()[0].equals("cls"));
        // a constructor such as reversed(seq, /) says "reversed expected 1 argument, got 0" instead
        return (n == 1 || method) && signature.getPosOnlyCount() == n && signature.isSimple()
                        && (defaults == null || defaults.length == 0) && !qualifiedName.endsWith(".__new__");
    }

    private void checkOneArgument(Object[] args, String[] kwNames) {
        if (kwNames != null && kwNames.length > 0) {
            throw Errors.typeError("%s() takes no keyword arguments", functionString());
        }
        int given = args.length - (signature.getPositionalCount() - 1);
        if (given < 0) {
            throw Errors.typeError("unbound method %s() needs an argument", qualifiedName);
        }
        if (given != 1) {
            throw Errors.typeError("%s() takes exactly one argument (%d given)", functionString(), given);
        }
    }

    /** CPython parses this builtin's arguments with PyArg_ParseTuple: "find() takes at least 1 argument (0 given)". */
    private boolean argumentTupleStyle;

    public void setArgumentTupleStyle() {
        argumentTupleStyle = true;
    }

    boolean isArgumentTupleStyle() {
        return argumentTupleStyle;
    }

    public BuiltinBody getBody() {
        return body;
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinTypes.BUILTIN_FUNCTION;
    }
}
