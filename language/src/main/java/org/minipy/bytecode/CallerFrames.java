package org.minipy.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.frame.FrameInstance;

import org.minipy.runtime.PCell;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PythonCode;

/**
 * The frame of the Python function that called a builtin: what {@code globals()}, {@code locals()}, {@code vars()},
 * {@code dir()}, {@code eval} and {@code exec} without explicit namespaces look at. Builtins run as plain Java
 * calls, so the newest guest frame on the Truffle stack is the caller's.
 */
public final class CallerFrames {
    private CallerFrames() {
    }

    private static FrameInstance caller() {
        return Truffle.getRuntime().iterateFrames(f -> f.getCallTarget() instanceof com.oracle.truffle.api.RootCallTarget t &&
                        t.getRootNode() instanceof MiniPyRootNode ? f : null);
    }

    /** The caller's module namespace. */
    @TruffleBoundary
    public static PDict globals() {
        return module().toDict();
    }

    /** The caller's module namespace, or null when no Python code is running (a call from Java). */
    @TruffleBoundary
    public static PDict globalsOrNull() {
        FrameInstance f = caller();
        if (f == null) {
            return null;
        }
        Object[] args = f.getFrame(FrameInstance.FrameAccess.READ_ONLY).getArguments();
        return ((PFunction) args[PythonCode.ARG_FUNCTION]).getGlobals().toDict();
    }

    /** The caller's module. */
    @TruffleBoundary
    public static org.minipy.runtime.PModule module() {
        FrameInstance f = caller();
        if (f == null) {
            throw new IllegalStateException("no Python frame");
        }
        Object[] args = f.getFrame(FrameInstance.FrameAccess.READ_ONLY).getArguments();
        return ((PFunction) args[PythonCode.ARG_FUNCTION]).getGlobals();
    }

    /**
     * The caller's local namespace: the module dict at module level, the namespace being filled in a class body,
     * else a fresh dict of the function's bound locals (cells unwrapped), as CPython's {@code locals()} snapshot.
     */
    @TruffleBoundary
    public static PDict locals() {
        FrameInstance f = caller();
        if (f == null) {
            throw new IllegalStateException("no Python frame");
        }
        Object[] args = f.getFrame(FrameInstance.FrameAccess.READ_ONLY).getArguments();
        PFunction function = (PFunction) args[PythonCode.ARG_FUNCTION];
        if (isNamespaceBody(function.getCode()) && args.length > PythonCode.ARG_FIRST_PARAMETER &&
                        args[PythonCode.ARG_FIRST_PARAMETER] instanceof PDict namespace) {
            return namespace;
        }
        if (isModuleBody(function.getCode())) {
            return function.getGlobals().toDict();
        }
        PDict d = new PDict();
        // Builtins are called without a call node, so the bytecode position comes from the frame itself.
        com.oracle.truffle.api.frame.Frame frame = f.getFrame(FrameInstance.FrameAccess.READ_ONLY);
        BytecodeNode bytecode = ((MiniPyRootNode) ((com.oracle.truffle.api.RootCallTarget) f.getCallTarget()).getRootNode()).getBytecodeNode();
        int bci = bytecode.getBytecodeIndex(frame);
        Object[] names = bytecode.getLocalNames(bci);
        Object[] values = bytecode.getLocalValues(bci, frame);
        for (int i = 0; i < names.length; i++) {
            Object v = values[i];
            if (v instanceof PCell c) {
                v = c.get();
            } else if (v instanceof org.minipy.runtime.StrAccumulator accumulator) {
                v = accumulator.value();
            }
            if (v != null && names[i] instanceof String n && !n.startsWith(".")) {
                d.put(n, v);
            }
        }
        return d;
    }

    /**
     * The Python frames from {@code depth} levels above the caller of a builtin (0: the caller) to the outermost, as
     * {@code [globals dict, code name, file name, line]} each; empty when the stack is not that deep
     * ({@code sys._getframe}).
     */
    @TruffleBoundary
    public static java.util.List<Object[]> describeFrames(int depth) {
        java.util.List<Object[]> out = new java.util.ArrayList<>();
        int[] seen = {0};
        Truffle.getRuntime().iterateFrames(f -> {
            if (f.getCallTarget() instanceof com.oracle.truffle.api.RootCallTarget t && t.getRootNode() instanceof MiniPyRootNode root) {
                if (seen[0]++ >= depth) {
                    com.oracle.truffle.api.frame.Frame frame = f.getFrame(FrameInstance.FrameAccess.READ_ONLY);
                    PFunction function = (PFunction) frame.getArguments()[PythonCode.ARG_FUNCTION];
                    long line = 0;
                    BytecodeNode bytecode = root.getBytecodeNode();
                    com.oracle.truffle.api.source.SourceSection section = bytecode.getSourceLocation(bytecode.getBytecodeIndex(frame));
                    if (section != null && section.isAvailable()) {
                        line = section.getStartLine();
                    }
                    out.add(new Object[]{function.getGlobals().toDict(), function.getCode().getName(), function.getCode().getFilename(), line});
                }
            }
            return null;
        });
        return out;
    }

    static boolean isModuleBody(PythonCode code) {
        return code.getSignature().getSlotCount() == 0 && code.getName().equals("<module>");
    }

    /** Class bodies and code run by exec/eval with a separate locals mapping take that mapping as their only argument. */
    static boolean isNamespaceBody(PythonCode code) {
        String[] names = code.getSignature().getNames();
        return names.length == 1 && names[0].equals(PythonCode.NAMESPACE_PARAMETER);
    }
}
