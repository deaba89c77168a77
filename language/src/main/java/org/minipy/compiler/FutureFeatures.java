package org.minipy.compiler;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.minipy.ast.Stmt;

/**
 * The {@code from __future__ import ...} statements of a module, checked as CPython's compiler checks them: they must
 * come first (after the docstring), and name known features. Of the features, only {@code annotations} (PEP 563)
 * changes how MiniPy compiles: annotations are then kept as their source text instead of being evaluated. The rest
 * are always on in Python 3. (The statement also runs as an ordinary import of the {@code __future__} module.)
 */
final class FutureFeatures {
    private static final Set<String> KNOWN = Set.of("nested_scopes", "generators", "division", "absolute_import", "with_statement",
                    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations");

    /** The leading future imports: any other {@code from __future__} statement is misplaced. */
    private final Set<Stmt> leading = Collections.newSetFromMap(new IdentityHashMap<>());
    final boolean annotations;

    FutureFeatures(List<Stmt> moduleBody) {
        boolean postponed = false;
        for (int i = 0; i < moduleBody.size(); i++) {
            Stmt s = moduleBody.get(i);
            if (i == 0 && CodeGenerator.docstring(moduleBody) != null) {
                continue;
            }
            if (!isFutureImport(s)) {
                break;
            }
            leading.add(s);
            for (Stmt.Alias alias : ((Stmt.ImportFrom) s).names()) {
                // (CPython marks these with one caret at the statement's start)
                org.minipy.ast.Loc start = new org.minipy.ast.Loc(s.loc().line(), s.loc().col(), s.loc().line(), s.loc().col());
                if (alias.name().equals("braces")) {
                    throw new ScopeAnalyzer.ScopeError(start, "not a chance");
                } else if (!KNOWN.contains(alias.name())) {
                    throw new ScopeAnalyzer.ScopeError(start, "future feature " + alias.name() + " is not defined");
                }
                postponed |= alias.name().equals("annotations");
            }
        }
        this.annotations = postponed;
    }

    static boolean isFutureImport(Stmt s) {
        return s instanceof Stmt.ImportFrom f && f.level() == 0 && "__future__".equals(f.module());
    }

    /** Refuses a future import that is not among the leading ones. */
    void checkPlacement(Stmt.ImportFrom s) {
        if (isFutureImport(s) && !leading.contains(s)) {
            throw new ScopeAnalyzer.ScopeError(s.loc(), "from __future__ imports must occur at the beginning of the file");
        }
    }
}
