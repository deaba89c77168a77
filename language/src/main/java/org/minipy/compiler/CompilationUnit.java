package org.minipy.compiler;

import java.util.List;

import org.minipy.bytecode.MiniPyRootNodeGen;

/**
 * What all function bodies of one compiled module share: the Bytecode DSL builder, the source, and the code objects
 * made so far (each paired with its root node, whose call target is attached once the whole module is built).
 */
final class CompilationUnit {
    final MiniPyRootNodeGen.Builder b;
    final com.oracle.truffle.api.source.Source source;
    final String filename;
    /** Source-section offsets of AST positions. */
    final SourceOffsets offsets;
    /**
     * Whether {@code async} constructs compile (as generator-based coroutines). Only MiniPy's own library, whose
     * async parts wait for asyncio; user programs are refused with a SyntaxError for now.
     */
    final boolean allowAsync;
    /** {@code from __future__ import annotations}: annotations are stored as their source text (PEP 563). */
    boolean postponedAnnotations;
    /** {@code -O} (1: no assert statements) and {@code -OO} (2: no docstrings either), as in CPython. */
    final int optimize;
    private final List<org.minipy.runtime.PythonCode> codes;
    private final List<org.minipy.bytecode.MiniPyRootNode> roots;

    CompilationUnit(MiniPyRootNodeGen.Builder b, com.oracle.truffle.api.source.Source source, String filename,
                    List<org.minipy.runtime.PythonCode> codes, List<org.minipy.bytecode.MiniPyRootNode> roots) {
        this.b = b;
        this.source = source;
        this.offsets = new SourceOffsets(source);
        this.filename = filename;
        this.codes = codes;
        this.roots = roots;
        this.allowAsync = filename.startsWith(org.minipy.compiler.ModuleLoader.LIBRARY_PREFIX);
        this.optimize = org.minipy.runtime.PythonContext.get(null).getOptimize();
    }

    /** Pairs a finished root with its code object; call targets are attached once the whole module is built. */
    void register(org.minipy.runtime.PythonCode code, org.minipy.bytecode.MiniPyRootNode root) {
        root.setCode(code);
        codes.add(code);
        roots.add(root);
    }
}

