package org.minipy.compiler;

import java.util.List;

import org.minipy.ast.Expr;
import org.minipy.ast.Stmt;

/**
 * The pass between parsing and code generation: finds every scope, which names each one binds, and resolves every
 * name to local, cell, free (closure), global or class-namespace — the same rules as CPython's symtable. A name a
 * nested function reads from an enclosing function becomes a cell there and a free variable in every function in
 * between.
 */
final class ScopeAnalyzer {
    private Scope current;
    /** How many comprehension iterables enclose the expression being visited (no assignment expression there). */
    private int comprehensionIterables;
    private FutureFeatures futures;

    static Scope analyze(Stmt.Module module) {
        return analyze(module, Scope.Kind.MODULE);
    }

    /**
     * With {@code Kind.CLASS} the top level resolves names like a class body — a namespace mapping first, then
     * globals and builtins — which is how {@code exec} and {@code eval} run code with separate locals.
     */
    static Scope analyze(Stmt.Module module, Scope.Kind topLevel) {
        ScopeAnalyzer a = new ScopeAnalyzer();
        Scope root = new Scope(topLevel, "<module>", null);
        a.futures = new FutureFeatures(module.body());
        root.postponedAnnotations = a.futures.annotations;
        a.current = root;
        a.statements(module.body());
        resolveFree(root);
        return root;
    }

    /** The {@code s + piece} of an assignment {@code s = s + piece} (one name target, itself left of the +), or null. */
    static Expr.BinOp selfAppend(Stmt.Assign a) {
        if (a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name target && a.value() instanceof Expr.BinOp add &&
                        add.op() == org.minipy.ast.Operator.Binary.ADD && add.left() instanceof Expr.Name left &&
                        left.id().equals(target.id())) {
            return add;
        }
        return null;
    }

    // ---- pass 1: collect bindings and uses -------------------------------------------------

    private void statements(List<Stmt> body) {
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void bind(String id) {
        current.assigned.add(id);
    }

    /** A {@code global}/{@code nonlocal} name must not be a parameter, nor used or bound earlier in the scope. */
    private void checkDeclaredFirst(String name, String kind, org.minipy.ast.Loc loc) {
        if (current.params.contains(name)) {
            throw new ScopeError(loc, "name '" + name + "' is parameter and " + kind);
        } else if (current.used.contains(name)) {
            throw new ScopeError(loc, "name '" + name + "' is used prior to " + kind + " declaration");
        } else if (current.assigned.contains(name)) {
            throw new ScopeError(loc, "name '" + name + "' is assigned to before " + kind + " declaration");
        }
    }

    private void statement(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                for (Expr d : f.decorators()) {
                    expr(d);
                }
                argumentDefaults(f.args());
                annotation(f.returns());
                bind(f.boundName());
                Scope fs = enter(Scope.Kind.FUNCTION, f.name(), f);
                params(f.args());
                statements(f.body());
                current = fs.parent;
            }
            case Stmt.ClassDef c -> {
                for (Expr d : c.decorators()) {
                    expr(d);
                }
                for (Expr b : c.bases()) {
                    expr(b);
                }
                for (Expr.Keyword k : c.keywords()) {
                    expr(k.value());
                }
                bind(c.boundName());
                Scope cs = enter(Scope.Kind.CLASS, c.name(), c);
                statements(c.body());
                current = cs.parent;
            }
            case Stmt.Return r -> expr(r.value());
            case Stmt.Delete d -> {
                d.targets().forEach(this::target);
                d.targets().forEach(this::recordDeleted);
            }
            case Stmt.Assign a -> {
                expr(a.value());
                a.targets().forEach(this::target);
                Expr.BinOp append = selfAppend(a);
                if (append != null) {
                    current.appendTargets.add(((Expr.Name) append.left()).id());
                }
            }
            case Stmt.AugAssign a -> {
                expr(a.value());
                if (a.target() instanceof Expr.Name n) {
                    current.used.add(n.id());
                    if (a.op() == org.minipy.ast.Operator.Binary.ADD) {
                        current.appendTargets.add(n.id());
                    }
                }
                target(a.target());
            }
            case Stmt.AnnAssign a -> {
                expr(a.value());
                if (a.value() != null || !(a.target() instanceof Expr.Name)) {
                    target(a.target());
                } else if (a.target() instanceof Expr.Name n && current.kind != Scope.Kind.CLASS) {
                    bind(n.id());
                }
                if (current.kind != Scope.Kind.FUNCTION) {
                    expr(a.annotation());
                }
            }
            case Stmt.For f -> {
                expr(f.iter());
                target(f.target());
                statements(f.body());
                statements(f.orelse());
            }
            case Stmt.While w -> {
                expr(w.test());
                statements(w.body());
                statements(w.orelse());
            }
            case Stmt.If i -> {
                expr(i.test());
                statements(i.body());
                statements(i.orelse());
            }
            case Stmt.With w -> {
                for (Stmt.WithItem item : w.items()) {
                    expr(item.contextExpr());
                    if (item.optionalVars() != null) {
                        target(item.optionalVars());
                    }
                }
                statements(w.body());
            }
            case Stmt.Raise r -> {
                expr(r.exc());
                expr(r.cause());
            }
            case Stmt.Try t -> {
                statements(t.body());
                for (Stmt.ExceptHandler h : t.handlers()) {
                    expr(h.type());
                    if (h.name() != null) {
                        bind(h.name());
                    }
                    statements(h.body());
                }
                statements(t.orelse());
                statements(t.finalbody());
            }
            case Stmt.Assert a -> {
                expr(a.test());
                expr(a.msg());
            }
            case Stmt.Import i -> {
                for (Stmt.Alias alias : i.names()) {
                    bind(alias.asname() != null ? alias.asname() : alias.name().split("\\.")[0]);
                }
            }
            case Stmt.ImportFrom i -> {
                futures.checkPlacement(i);
                for (Stmt.Alias alias : i.names()) {
                    if (!alias.name().equals("*")) {
                        bind(alias.asname() != null ? alias.asname() : alias.name());
                    }
                }
            }
            case Stmt.Global g -> {
                for (String name : g.names()) {
                    checkDeclaredFirst(name, "global", g.loc());
                    if (current.nonlocalLocations.containsKey(name)) {
                        throw new ScopeError(current.nonlocalLocations.get(name), "name '" + name + "' is nonlocal and global");
                    }
                    current.declaredGlobal.add(name);
                    current.globalLocations.putIfAbsent(name, g.loc());
                }
            }
            case Stmt.Nonlocal n -> {
                for (String name : n.names()) {
                    checkDeclaredFirst(name, "nonlocal", n.loc());
                    if (current.globalLocations.containsKey(name)) {
                        throw new ScopeError(current.globalLocations.get(name), "name '" + name + "' is nonlocal and global");
                    }
                    current.declaredNonlocal.add(name);
                    current.nonlocalLocations.putIfAbsent(name, n.loc());
                }
            }
            case Stmt.ExprStmt e -> expr(e.value());
            case Stmt.Pass p -> {
            }
            case Stmt.Break b -> {
            }
            case Stmt.Continue c -> {
            }
        }
    }

    private Scope enter(Scope.Kind kind, String name, Object node) {
        Scope s = new Scope(kind, name, current);
        current.children.put(node, s);
        current = s;
        return s;
    }

    private void argumentDefaults(Expr.Arguments args) {
        for (Expr d : args.defaults()) {
            expr(d);
        }
        for (Expr d : args.kwDefaults()) {
            expr(d);
        }
        for (Expr.Arg a : args.posonly()) {
            annotation(a.annotation());
        }
        for (Expr.Arg a : args.args()) {
            annotation(a.annotation());
        }
        if (args.vararg() != null) {
            annotation(args.vararg().annotation());
        }
        for (Expr.Arg a : args.kwonly()) {
            annotation(a.annotation());
        }
        if (args.kwarg() != null) {
            annotation(args.kwarg().annotation());
        }
    }

    private void annotation(Expr e) {
        expr(e);
    }

    private void params(Expr.Arguments args) {
        for (Expr.Arg a : args.inSlotOrder()) {
            current.params.add(a.name());
        }
    }

    private void recordDeleted(Expr t) {
        switch (t) {
            case Expr.Name n -> current.deleted.add(n.id());
            case Expr.TupleExpr tu -> tu.elts().forEach(this::recordDeleted);
            case Expr.ListExpr l -> l.elts().forEach(this::recordDeleted);
            default -> {
            }
        }
    }

    private void target(Expr t) {
        switch (t) {
            case Expr.Name n -> bind(n.id());
            case Expr.TupleExpr tu -> tu.elts().forEach(this::target);
            case Expr.ListExpr l -> l.elts().forEach(this::target);
            case Expr.Starred s -> target(s.value());
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            default -> expr(t);
        }
    }

    private void expr(Expr e) {
        if (e == null) {
            return;
        }
        switch (e) {
            case Expr.Name n -> {
                current.used.add(n.id());
                if (n.id().equals("super") || n.id().equals("__class__")) {
                    current.used.add("__class__");
                }
            }
            case Expr.Constant c -> {
            }
            case Expr.JoinedStr j -> j.values().forEach(this::expr);
            case Expr.FormattedValue f -> {
                expr(f.value());
                expr(f.formatSpec());
            }
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.BoolOp b -> b.values().forEach(this::expr);
            case Expr.Compare c -> {
                expr(c.left());
                c.comparators().forEach(this::expr);
            }
            case Expr.Call c -> {
                expr(c.func());
                c.args().forEach(this::expr);
                for (Expr.Keyword k : c.keywords()) {
                    expr(k.value());
                }
            }
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Expr.Slice s -> {
                expr(s.lower());
                expr(s.upper());
                expr(s.step());
            }
            case Expr.Starred s -> expr(s.value());
            case Expr.ListExpr l -> l.elts().forEach(this::expr);
            case Expr.TupleExpr t -> t.elts().forEach(this::expr);
            case Expr.SetExpr s -> s.elts().forEach(this::expr);
            case Expr.DictExpr d -> {
                d.keys().forEach(this::expr);
                d.values().forEach(this::expr);
            }
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.Lambda l -> {
                argumentDefaults(l.args());
                Scope ls = enter(Scope.Kind.FUNCTION, "<lambda>", l);
                params(l.args());
                expr(l.body());
                current = ls.parent;
            }
            case Expr.NamedExpr n -> {
                checkAssignmentExpression(n);
                expr(n.value());
                Scope s = current;
                while (s.comprehension) {
                    if (!s.declaredNonlocal.contains(n.target().id())) {
                        s.declaredNonlocal.add(n.target().id());
                    }
                    s = s.parent;
                }
                if (s != current && s.kind == Scope.Kind.MODULE) {
                    for (Scope c = current; c != s; c = c.parent) {
                        c.declaredNonlocal.remove(n.target().id());
                        c.declaredGlobal.add(n.target().id());
                    }
                }
                s.assigned.add(n.target().id());
            }
            case Expr.ListComp c -> comprehension(e, "<listcomp>", c.generators(), c.elt(), null);
            case Expr.SetComp c -> comprehension(e, "<setcomp>", c.generators(), c.elt(), null);
            case Expr.GeneratorExp c -> comprehension(e, "<genexpr>", c.generators(), c.elt(), null);
            case Expr.DictComp c -> comprehension(e, "<dictcomp>", c.generators(), c.key(), c.value());
            case Expr.Yield y -> {
                current.generator = true;
                expr(y.value());
            }
            case Expr.YieldFrom y -> {
                current.generator = true;
                expr(y.value());
            }
            case Expr.Await a -> expr(a.value());
        }
    }

    /** A comprehension is a function of its own; its first iterable is evaluated outside, in the enclosing scope. */
    private void comprehension(Expr node, String name, List<Expr.Comprehension> gens, Expr elt, Expr value) {
        iterable(gens.get(0).iter());
        Scope cs = enter(Scope.Kind.FUNCTION, name, node);
        cs.comprehension = true;
        cs.generator = node instanceof Expr.GeneratorExp;
        cs.params.add(".0");
        for (int i = 0; i < gens.size(); i++) {
            Expr.Comprehension g = gens.get(i);
            if (i > 0) {
                iterable(g.iter());
            }
            collectNames(g.target(), cs.iterationVariables);
            target(g.target());
            g.ifs().forEach(this::expr);
        }
        expr(elt);
        expr(value);
        current = cs.parent;
    }

    private void iterable(Expr iter) {
        comprehensionIterables++;
        try {
            expr(iter);
        } finally {
            comprehensionIterables--;
        }
    }

    private static void collectNames(Expr target, java.util.Set<String> names) {
        switch (target) {
            case Expr.Name n -> names.add(n.id());
            case Expr.TupleExpr t -> t.elts().forEach(e -> collectNames(e, names));
            case Expr.ListExpr l -> l.elts().forEach(e -> collectNames(e, names));
            case Expr.Starred s -> collectNames(s.value(), names);
            default -> {
            }
        }
    }

    /** PEP 572's limits on {@code :=} in comprehensions, with CPython's messages. */
    private void checkAssignmentExpression(Expr.NamedExpr n) {
        if (comprehensionIterables > 0) {
            throw new ScopeError(n.loc(), "assignment expression cannot be used in a comprehension iterable expression");
        }
        Scope s = current;
        while (s.comprehension) {
            if (s.iterationVariables.contains(n.target().id())) {
                throw new ScopeError(n.target().loc(),
                                "assignment expression cannot rebind comprehension iteration variable '" + n.target().id() + "'");
            }
            s = s.parent;
        }
        if (s != current && s.kind == Scope.Kind.CLASS) {
            throw new ScopeError(n.target().loc(), "assignment expression within a comprehension cannot be used in a class body");
        }
    }

    // ---- pass 2: resolve free variables -----------------------------------------------------

    private static void resolveFree(Scope scope) {
        if (scope.kind != Scope.Kind.MODULE) {
            java.util.Set<String> names = new java.util.LinkedHashSet<>(scope.used);
            names.addAll(scope.declaredNonlocal);
            for (String id : names) {
                if (scope.declaredGlobal.contains(id) || (scope.isLocal(id) && scope.kind == Scope.Kind.FUNCTION)) {
                    continue;
                }
                if (scope.kind == Scope.Kind.CLASS && scope.assigned.contains(id) && !scope.declaredNonlocal.contains(id)) {
                    continue;
                }
                if (id.equals("__class__")) {
                    captureClassCell(scope);
                    continue;
                }
                if (!captureFromEnclosing(scope, id) && scope.declaredNonlocal.contains(id)) {
                    throw new ScopeError(scope.nonlocalLocations.get(id), "no binding for nonlocal '" + id + "' found");
                }
            }
        }
        for (Scope child : scope.children.values()) {
            resolveFree(child);
        }
    }

    /**
     * A name-resolution error CPython's symtable reports as a SyntaxError; the compiler adds the file and the line.
     */
    static final class ScopeError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final org.minipy.ast.Loc loc;

        ScopeError(org.minipy.ast.Loc loc, String message) {
            super(message, null, false, false);
            this.loc = loc;
        }
    }

    /**
     * Finds the function that binds {@code id} above {@code scope}; makes it a cell there and free on the way.
     * Returns whether there is one.
     */
    private static boolean captureFromEnclosing(Scope scope, String id) {
        for (Scope s = scope.parent; s != null && s.kind != Scope.Kind.MODULE; s = s.parent) {
            if (s.kind == Scope.Kind.FUNCTION && s.declaredGlobal.contains(id)) {
                return false; // 'global x' in an enclosing function (not class) makes x global in what it encloses
            }
            if (s.kind == Scope.Kind.FUNCTION && (s.isLocal(id) || s.declaredNonlocal.contains(id))) {
                if (s.isLocal(id)) {
                    s.cells.add(id);
                } else if (!s.freeVars.contains(id)) {
                    s.freeVars.add(id);
                }
                for (Scope between = scope; between != s; between = between.parent) {
                    if (!between.freeVars.contains(id)) {
                        between.freeVars.add(id);
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static void captureClassCell(Scope scope) {
        for (Scope s = scope.parent; s != null; s = s.parent) {
            if (s.kind == Scope.Kind.CLASS) {
                s.needsClassCell = true;
                for (Scope between = scope; between != s; between = between.parent) {
                    if (!between.freeVars.contains("__class__")) {
                        between.freeVars.add("__class__");
                    }
                }
                return;
            }
        }
    }
}
