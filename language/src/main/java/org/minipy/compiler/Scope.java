package org.minipy.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One naming scope found by {@link ScopeAnalyzer}: a module, a class body, or a function (def, lambda,
 * comprehension, generator expression), with how each of its names resolves.
 */
final class Scope {
    enum Kind {
        MODULE, CLASS, FUNCTION
    }

    /** Where a name lives when this scope reads or writes it. */
    enum NameKind {
        /** A plain frame local. */
        LOCAL,
        /** A frame local that inner functions capture: stored in a cell. */
        CELL,
        /** A variable of an enclosing function, reached through this function's closure. */
        FREE,
        /** A module global (or builtin). */
        GLOBAL,
        /** A class body's namespace entry (with fallback to globals on reads). */
        CLASS_NAME
    }

    final Kind kind;
    final String name;
    final Scope parent;
    final Set<String> params = new LinkedHashSet<>();
    final Set<String> assigned = new LinkedHashSet<>();
    final Set<String> used = new LinkedHashSet<>();
    final Set<String> declaredGlobal = new LinkedHashSet<>();
    final Set<String> declaredNonlocal = new LinkedHashSet<>();
    /** Where each name was declared nonlocal (for the SyntaxError when no enclosing function binds it). */
    final Map<String, org.minipy.ast.Loc> nonlocalLocations = new HashMap<>();
    final Map<String, org.minipy.ast.Loc> globalLocations = new HashMap<>();
    final Set<String> cells = new LinkedHashSet<>();
    /** Names a {@code del} statement unbinds: reading them needs an "is it bound?" check even for parameters. */
    final Set<String> deleted = new LinkedHashSet<>();
    final List<String> freeVars = new ArrayList<>();
    /** Targets of {@code name += value}: read and grown through the string accumulator (bytecode.StrAccumulation). */
    final Set<String> appendTargets = new LinkedHashSet<>();
    final Map<Object, Scope> children = new HashMap<>();
    /** {@code from __future__ import annotations} (set on the module scope): annotations stay source text. */
    boolean postponedAnnotations;
    boolean generator;
    boolean comprehension;
    /** A comprehension's iteration variables, which an assignment expression inside it may not rebind (PEP 572). */
    final Set<String> iterationVariables = new LinkedHashSet<>();
    /** A class scope whose methods use {@code super()} or {@code __class__}: it creates a {@code __class__} cell. */
    boolean needsClassCell;

    Scope(Kind kind, String name, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
    }

    boolean isFunction() {
        return kind == Kind.FUNCTION;
    }

    /** Names bound in this function: parameters and assignment targets not declared global/nonlocal. */
    boolean isLocal(String id) {
        return (params.contains(id) || assigned.contains(id)) && !declaredGlobal.contains(id) && !declaredNonlocal.contains(id);
    }

    /** Whether this plain function local may hold a {@code runtime.StrAccumulator} between its {@code +=}s. */
    boolean accumulates(String id) {
        return kind == Kind.FUNCTION && appendTargets.contains(id) && resolve(id) == NameKind.LOCAL;
    }

    NameKind resolve(String id) {
        if (kind == Kind.MODULE || declaredGlobal.contains(id)) {
            return NameKind.GLOBAL;
        }
        if (freeVars.contains(id) && (declaredNonlocal.contains(id) || !isLocal(id))) {
            return NameKind.FREE;
        }
        if (kind == Kind.CLASS) {
            return NameKind.CLASS_NAME;
        }
        if (isLocal(id)) {
            return cells.contains(id) ? NameKind.CELL : NameKind.LOCAL;
        }
        return NameKind.GLOBAL;
    }
}
