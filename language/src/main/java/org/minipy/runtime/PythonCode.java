package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;

/**
 * What the compiler produces for one function body (or module, class body, lambda, comprehension): its call
 * target and the facts a call needs about it. A {@link PFunction} pairs a code object with the run-time parts
 * (defaults, closure cells, globals). Frame arguments of a call are {@code [function, slot0, slot1, ...]}.
 */
public final class PythonCode implements HasPythonClass {
    /** Index of the callee {@link PFunction} in the frame arguments. */
    public static final int ARG_FUNCTION = 0;
    /** Index of the first bound parameter in the frame arguments. */
    public static final int ARG_FIRST_PARAMETER = 1;
    /** The parameter name of class bodies (and exec'd code with its own locals): the namespace mapping. */
    public static final String NAMESPACE_PARAMETER = ".namespace";

    private final String name;
    private final String qualname;
    private final String filename;
    private final int firstLine;
    private final Signature signature;
    private final boolean generator;
    private final boolean coroutine;
    @CompilationFinal private RootCallTarget callTarget;
    /**
     * For a {@code def}: its syntax tree and the source it came from, kept for run-time checks that need the
     * function's AST (numba's {@code @njit} checks the function at its first call, {@code org.minipy.numba}). Null for
     * other code (modules, lambdas, class bodies, comprehensions).
     */
    private org.minipy.ast.Stmt.FunctionDef definition;
    private com.oracle.truffle.api.source.Source source;
    /** The docstring, or null: a function's {@code __doc__} starts as this. */
    private String doc;
    /** {@code co_varnames}: the parameters, then the other plain (uncaptured) locals in order of first binding. */
    private String[] varnames = new String[0];
    /** {@code co_freevars} (in the order of {@code __closure__}) and {@code co_cellvars}. */
    private String[] freevars = new String[0];
    private String[] cellvars = new String[0];

    public String[] getFreevars() {
        return freevars;
    }

    public String[] getCellvars() {
        return cellvars;
    }

    public void setClosureNames(String[] freevars, String[] cellvars) {
        this.freevars = freevars;
        this.cellvars = cellvars;
    }

    public PythonCode(String name, String qualname, String filename, int firstLine, Signature signature,
                    boolean generator, boolean coroutine) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLine = firstLine;
        this.signature = signature;
        this.generator = generator;
        this.coroutine = coroutine;
    }

    public String getName() {
        return name;
    }

    public String getQualname() {
        return qualname;
    }

    public String getFilename() {
        return filename;
    }

    public int getFirstLine() {
        return firstLine;
    }

    public Signature getSignature() {
        return signature;
    }

    public boolean isGenerator() {
        return generator;
    }

    public boolean isCoroutine() {
        return coroutine;
    }

    public String getDoc() {
        return doc;
    }

    public void setDoc(String doc) {
        this.doc = doc;
    }

    /** {@code co_firstlineno}: for a decorated def, the line of its first decorator, as in CPython. */
    public int getDecoratedFirstLine() {
        if (definition != null && !definition.decorators().isEmpty()) {
            return definition.decorators().get(0).loc().line();
        }
        return firstLine;
    }

    public String[] getVarnames() {
        return varnames;
    }

    public void setVarnames(String[] varnames) {
        this.varnames = varnames;
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinTypes.CODE;
    }

    public org.minipy.ast.Stmt.FunctionDef getDefinition() {
        return definition;
    }

    public com.oracle.truffle.api.source.Source getSource() {
        return source;
    }

    public void setDefinition(org.minipy.ast.Stmt.FunctionDef definition, com.oracle.truffle.api.source.Source source) {
        this.definition = definition;
        this.source = source;
    }

    public RootCallTarget getCallTarget() {
        return callTarget;
    }

    public void setCallTarget(RootCallTarget callTarget) {
        this.callTarget = callTarget;
    }
}
