package org.minipy.numba;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.minipy.ast.Expr;
import org.minipy.ast.Stmt;
import org.minipy.runtime.Attributes;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PythonObject;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PythonContext;

/**
 * Checks a function for numba's nopython mode at its first call (SPEC §6), as numba's typing pass would refuse it:
 * walks the {@code def}'s syntax tree (kept on its code object, {@code PythonCode.getDefinition}) and looks up the
 * globals it names and the types of the first call's arguments ({@link GlobalValues}). Accepted: numbers, bools,
 * numpy arrays (indexing, slicing, {@code shape}, methods), tuples, locals, arithmetic, comparisons, {@code if},
 * {@code while}, {@code for} loops, {@code assert}, {@code raise} of exception classes, calls of math / numpy /
 * supported builtins / other compiled functions. Refused, with the error numba gives where numba refuses too
 * (calling a plain Python function or a class, {@code with}, {@code import}, {@code del}, assigning a global),
 * and with a TypingError naming the construct where only MiniPy's subset does (dicts, lists, sets, strings,
 * comprehensions, lambdas, nested functions, {@code try}, generators). Nothing else is decided here: an accepted
 * function then simply runs as MiniPy code.
 */
final class NopythonChecker {
    /** Array attributes and methods numba supports on arrays (and the numpy subset has). */
    private static final Set<String> ARRAY_MEMBERS = Set.of("shape", "size", "ndim", "dtype", "T", "itemsize", "real", "imag",
                    "flat", "copy", "sum", "mean", "min", "max", "argmax", "argmin", "std", "var", "prod", "cumsum", "fill",
                    "reshape", "ravel", "flatten", "transpose", "astype", "dot", "any", "all", "item", "tolist", "nbytes");

    private final PFunction function;
    private final Stmt.FunctionDef def;
    private final GlobalValues values;
    /** Parameters and names bound in the body: frame locals. */
    private final Set<String> locals = new HashSet<>();
    /** Names of a {@code global} statement: reading them is fine, storing is numba's STORE_GLOBAL refusal. */
    private final Set<String> declaredGlobal = new HashSet<>();
    /** The line of the statement being checked (numba points at statements). */
    private int line;

    /** Functions being checked further up (a compiled function calling itself, or mutual recursion). */
    private final Set<PFunction> checking;

    NopythonChecker(PFunction function, GlobalValues values) {
        this(function, values, new HashSet<>());
    }

    private NopythonChecker(PFunction function, GlobalValues values, Set<PFunction> checking) {
        this.function = function;
        this.def = function.getCode().getDefinition();
        this.values = values;
        this.checking = checking;
        checking.add(function);
    }

    /** Answers null if the function may be compiled, else why not. {@code args} are the first call's (or null). */
    Refusal check(Object[] args) {
        for (Expr.Arg a : def.args().inSlotOrder()) {
            locals.add(a.name());
        }
        collectLocals(def.body());
        if (args != null) {
            Refusal r = checkArguments(args);
            if (r != null) {
                return r;
            }
        }
        return statements(def.body(), true);
    }

    /** numba types the arguments first: "non-precise type pyobject", pointing at the decorator. */
    private Refusal checkArguments(Object[] args) {
        StringBuilder causes = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            String refused = values.argumentRefusal(args[i]);
            if (refused != null) {
                causes.append("- argument ").append(i).append(": Cannot determine Numba type of ").append(refused).append('\n');
            }
        }
        if (causes.isEmpty()) {
            return null;
        }
        int at = def.decorators().isEmpty() ? def.loc().line() : def.decorators().get(0).loc().line();
        String filename = function.getCode().getFilename();
        return new Refusal("TypingError", Refusal.FRONTEND, "non-precise type pyobject\nDuring: typing of argument at " +
                        Refusal.absolutePath(filename) + " (" + at + ")", at,
                        "\nThis error may have been caused by the following argument(s):\n" + causes);
    }

    // ---- locals ---------------------------------------------------------------------------------

    private void collectLocals(List<Stmt> body) {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.Assign a -> a.targets().forEach(this::bind);
                case Stmt.AugAssign a -> bind(a.target());
                case Stmt.AnnAssign a -> bind(a.target());
                case Stmt.For f -> {
                    bind(f.target());
                    collectLocals(f.body());
                    collectLocals(f.orelse());
                }
                case Stmt.While w -> {
                    collectLocals(w.body());
                    collectLocals(w.orelse());
                }
                case Stmt.If i -> {
                    collectLocals(i.body());
                    collectLocals(i.orelse());
                }
                case Stmt.Global g -> declaredGlobal.addAll(g.names());
                default -> {
                }
            }
        }
    }

    private void bind(Expr target) {
        switch (target) {
            case Expr.Name n -> {
                if (!declaredGlobal.contains(n.id())) {
                    locals.add(n.id());
                }
            }
            case Expr.TupleExpr t -> t.elts().forEach(this::bind);
            case Expr.ListExpr l -> l.elts().forEach(this::bind);
            case Expr.Starred st -> bind(st.value());
            default -> {
            }
        }
    }

    // ---- statements -----------------------------------------------------------------------------

    private Refusal statements(List<Stmt> body, boolean functionBody) {
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (functionBody && i == 0 && s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c && c.value() instanceof String) {
                continue; // the docstring
            }
            Refusal r = statement(s);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private Refusal statement(Stmt s) {
        line = s.loc().line();
        return switch (s) {
            case Stmt.Return r -> r.value() == null ? null : expr(r.value());
            case Stmt.Assign a -> {
                Refusal r = expr(a.value());
                for (Expr t : a.targets()) {
                    r = r != null ? r : target(t);
                }
                yield r;
            }
            case Stmt.AugAssign a -> first(expr(a.value()), target(a.target()), a.target() instanceof Expr.Name ? null : expr(a.target()));
            case Stmt.AnnAssign a -> a.value() == null ? target(a.target()) : first(expr(a.value()), target(a.target()));
            case Stmt.For f -> {
                if (f.isAsync()) {
                    yield Refusal.unsupportedHere("async for", line);
                }
                Refusal r = first(expr(f.iter()), target(f.target()));
                yield first(r, statements(f.body(), false), statements(f.orelse(), false));
            }
            case Stmt.While w -> first(expr(w.test()), statements(w.body(), false), statements(w.orelse(), false));
            case Stmt.If i -> first(expr(i.test()), statements(i.body(), false), statements(i.orelse(), false));
            case Stmt.ExprStmt e -> {
                if (e.value() instanceof Expr.Yield || e.value() instanceof Expr.YieldFrom) {
                    yield Refusal.unsupportedHere("generator: yield", line);
                }
                yield expr(e.value());
            }
            case Stmt.Pass p -> null;
            case Stmt.Break b -> null;
            case Stmt.Continue c -> null;
            case Stmt.Assert a -> first(expr(a.test()), a.msg() == null ? null : message(a.msg()));
            case Stmt.Raise r -> raise(r);
            case Stmt.Global g -> null; // storing one is refused at the store
            case Stmt.With w -> new Refusal("UnsupportedError", Refusal.BYTECODE,
                            "The 'with (context manager) as (variable):' construct is not supported.", 0, "");
            case Stmt.Import i -> new Refusal("UnsupportedError", Refusal.BYTECODE, "Use of unsupported opcode (IMPORT_NAME) found", line, "");
            case Stmt.ImportFrom i -> new Refusal("UnsupportedError", Refusal.BYTECODE, "Use of unsupported opcode (IMPORT_NAME) found", line, "");
            case Stmt.Delete d -> new Refusal("CompilerError", Refusal.BYTECODE, "Illegal IR, del found at: del " +
                            (d.targets().get(0) instanceof Expr.Name n ? n.id() : "$value"), line, "");
            case Stmt.Try t -> Refusal.unsupportedHere("try statement", line);
            case Stmt.FunctionDef f -> Refusal.unsupportedHere("nested function '" + f.name() + "'", line);
            case Stmt.ClassDef c -> Refusal.unsupportedHere("class definition '" + c.name() + "'", line);
            case Stmt.Nonlocal n -> Refusal.unsupportedHere("nonlocal statement", line);
        };
    }

    private static Refusal first(Refusal... rs) {
        for (Refusal r : rs) {
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** An assignment target: a local, an array element or slice, or a tuple of those. */
    private Refusal target(Expr t) {
        return switch (t) {
            case Expr.Name n -> declaredGlobal.contains(n.id())
                            ? new Refusal("UnsupportedError", Refusal.BYTECODE, "Use of unsupported opcode (STORE_GLOBAL) found", line, "")
                            : null;
            case Expr.Subscript s -> first(expr(s.value()), expr(s.slice()));
            case Expr.TupleExpr tu -> {
                Refusal r = null;
                for (Expr e : tu.elts()) {
                    r = r != null ? r : target(e);
                }
                yield r;
            }
            case Expr.Attribute a -> Refusal.typing("Cannot set attribute '" + a.attr() + "': attribute assignment is not supported", line);
            default -> Refusal.unsupportedHere("assignment target", line);
        };
    }

    /** {@code raise E} / {@code raise E("constant message")} with a builtin exception class, as numba allows. */
    private Refusal raise(Stmt.Raise r) {
        if (r.exc() == null) {
            return Refusal.unsupportedHere("bare raise", line);
        }
        Expr cls = r.exc() instanceof Expr.Call c ? c.func() : r.exc();
        Refusal refusal = cls instanceof Expr.Name ? name((Expr.Name) cls) : expr(cls);
        if (refusal == null && r.exc() instanceof Expr.Call c) {
            for (Expr a : c.args()) {
                refusal = refusal != null ? refusal : message(a);
            }
        }
        return refusal;
    }

    /** The message of a raise or assert: a string constant is fine there. */
    private Refusal message(Expr e) {
        return e instanceof Expr.Constant c && c.value() instanceof String ? null : expr(e);
    }

    // ---- expressions ----------------------------------------------------------------------------

    private Refusal exprs(List<Expr> es) {
        for (Expr e : es) {
            Refusal r = expr(e);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private Refusal expr(Expr e) {
        return switch (e) {
            case Expr.Constant c -> c.value() instanceof String || c.value() instanceof byte[]
                            ? Refusal.unsupportedHere("string constant", line) : null;
            case Expr.Name n -> name(n);
            case Expr.BinOp b -> first(expr(b.left()), expr(b.right()));
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.Compare c -> first(expr(c.left()), exprs(c.comparators()));
            case Expr.IfExp i -> first(expr(i.test()), expr(i.body()), expr(i.orelse()));
            case Expr.Subscript s -> first(expr(s.value()), expr(s.slice()));
            case Expr.Slice s -> first(s.lower() == null ? null : expr(s.lower()), s.upper() == null ? null : expr(s.upper()),
                            s.step() == null ? null : expr(s.step()));
            case Expr.TupleExpr t -> exprs(t.elts());
            case Expr.NamedExpr n -> expr(n.value());
            case Expr.Attribute a -> attribute(a);
            case Expr.Call c -> call(c);
            case Expr.ListExpr l -> Refusal.unsupportedHere("list display", line);
            case Expr.SetExpr s -> Refusal.unsupportedHere("set display", line);
            case Expr.DictExpr d -> Refusal.unsupportedHere("dict display", line);
            case Expr.ListComp l -> Refusal.unsupportedHere("list comprehension", line);
            case Expr.SetComp s -> Refusal.unsupportedHere("set comprehension", line);
            case Expr.DictComp d -> Refusal.unsupportedHere("dict comprehension", line);
            case Expr.GeneratorExp g -> Refusal.unsupportedHere("generator expression", line);
            case Expr.Lambda l -> Refusal.unsupportedHere("lambda", line);
            case Expr.JoinedStr j -> Refusal.unsupportedHere("f-string", line);
            case Expr.FormattedValue f -> Refusal.unsupportedHere("f-string", line);
            case Expr.Starred s -> Refusal.unsupportedHere("starred expression", line);
            case Expr.Yield y -> Refusal.unsupportedHere("generator: yield", line);
            case Expr.YieldFrom y -> Refusal.unsupportedHere("generator: yield from", line);
            case Expr.Await a -> Refusal.unsupportedHere("await", line);
        };
    }

    /** A local, or a global / builtin whose value numba can type (looked up now: numba freezes globals). */
    private Refusal name(Expr.Name n) {
        String id = n.id();
        if (locals.contains(id)) {
            return null;
        }
        Object v = function.getGlobals().getGlobal(id);
        if (v == null) {
            v = PythonContext.get().getBuiltins().getGlobal(id);
        }
        if (v == null) {
            if (function.getClosure() != null && function.getClosure().length > 0) {
                return null; // a variable of the enclosing function: numba freezes it like a global
            }
            return Refusal.typing("NameError: name '" + id + "' is not defined", 0);
        }
        if (values.isDispatcher(v)) {
            return callee(v);
        }
        String refused = values.globalRefusal(id, v);
        return refused == null ? null : Refusal.typing("Untyped global name '" + id + "': Cannot determine Numba type of " + refused, line);
    }

    /**
     * A compiled function this one calls: numba compiles callees along with the caller, so a callee's refusal
     * surfaces at the caller's first call, as a message nested in the caller's. An accepted callee is marked checked.
     */
    private Refusal callee(Object dispatcher) {
        if (!(dispatcher instanceof PythonObject d) || Attributes.getOwn(d, "_checked") == Boolean.TRUE ||
                        !(Attributes.getOwn(d, "py_func") instanceof PFunction f) || f.getCode().getDefinition() == null ||
                        checking.contains(f)) {
            return null;
        }
        Refusal r = new NopythonChecker(f, values, checking).check(null);
        if (r != null) {
            // numba nests the callee's failure in the caller's, then points at the call
            return Refusal.typing(r.message(f.getCode()) + "\nDuring: resolving callee type: type(CPUDispatcher(<function " +
                            f.getQualname() + ">))\nDuring: typing of call at " + Refusal.absolutePath(function.getCode().getFilename()) +
                            " (" + line + ")\n", line);
        }
        Attributes.putOwn(d, "_checked", true);
        return null;
    }

    /** {@code math.pi}, {@code np.zeros}, {@code a.shape}, {@code a.sum}. */
    private Refusal attribute(Expr.Attribute a) {
        if (a.value() instanceof Expr.Name n && !locals.contains(n.id()) && moduleNamed(n.id()) instanceof PModule m) {
            return GlobalValues.moduleMemberAccepted(m) || m.getName().startsWith("numpy")
                            ? null
                            : Refusal.typing("Untyped global name '" + n.id() + "." + a.attr() + "': module '" + m.getName() +
                                            "' is not supported in nopython mode", line);
        }
        if (a.value() instanceof Expr.Attribute inner && inner.value() instanceof Expr.Name n && !locals.contains(n.id()) &&
                        moduleNamed(n.id()) instanceof PModule m && GlobalValues.moduleMemberAccepted(m)) {
            return null; // np.random.rand, np.linalg.norm
        }
        Refusal r = expr(a.value());
        if (r != null) {
            return r;
        }
        return ARRAY_MEMBERS.contains(a.attr()) ? null : Refusal.typing("Unknown attribute '" + a.attr() + "'", line);
    }

    private Object moduleNamed(String id) {
        Object v = function.getGlobals().getGlobal(id);
        return v instanceof PModule ? v : null;
    }

    private Refusal call(Expr.Call c) {
        Refusal r = expr(c.func());
        if (r != null) {
            return r;
        }
        if (c.func() instanceof Expr.Name n && locals.contains(n.id())) {
            return null; // a compiled function passed as an argument (numba's first-class functions)
        }
        boolean numericCall = c.func() instanceof Expr.Attribute;
        boolean print = c.func() instanceof Expr.Name n && n.id().equals("print");
        for (Expr a : c.args()) {
            if (a instanceof Expr.Starred) {
                return Refusal.unsupportedHere("starred argument", line);
            }
            r = (numericCall || print) && (a instanceof Expr.ListExpr || a instanceof Expr.Constant k && k.value() instanceof String)
                            ? nested(a) : expr(a);
            if (r != null) {
                return r;
            }
        }
        for (Expr.Keyword k : c.keywords()) {
            if (k.name() == null) {
                return Refusal.unsupportedHere("** argument", line);
            }
            r = numericCall && k.value() instanceof Expr.Constant kc && kc.value() instanceof String ? null : expr(k.value());
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** A list literal of numbers as an argument of a numpy call ({@code np.array([1.0, 2.0])}), or a string for print. */
    private Refusal nested(Expr a) {
        if (a instanceof Expr.ListExpr l) {
            for (Expr e : l.elts()) {
                Refusal r = e instanceof Expr.ListExpr ? nested(e) : expr(e);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }
}
