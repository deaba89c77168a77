package org.minipy.bytecode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.BytecodeLocation;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.bytecode.ContinuationResult;
import com.oracle.truffle.api.bytecode.ContinuationRootNode;

/**
 * Works around a defect of the Truffle 25.0.4 Bytecode DSL that would keep every generator slow.
 *
 * <p>A function with {@code yield} gets one continuation root node per yield, created when the function is parsed and
 * pointing at a location in the function's first (uninitialized) bytecode node. When the function first runs, its
 * root moves to a new, cached bytecode node, but the continuation roots are not told. Every resume then starts in the
 * stale node, whose only job is to switch to the current one — which, in compiled code, means a transfer to the
 * interpreter that invalidates the compiled continuation. Generators would never stay compiled. (Later Truffle
 * versions fix the transitions themselves.)
 *
 * <p>Before a resume, {@link #repair} points a stale continuation root at the same bytecode index of its function's
 * current bytecode node. It does so once per yield site; afterwards the check is two field reads.
 */
final class ContinuationRepair {
    /** The {@code location} field of the generated continuation root class (same module, so private access is ours). */
    private static final VarHandle LOCATION;

    static {
        try {
            Class<?> continuationRoot = Class.forName(MiniPyRootNodeGen.class.getName() + "$ContinuationRootNodeImpl");
            LOCATION = MethodHandles.privateLookupIn(continuationRoot, MethodHandles.lookup())
                            .findVarHandle(continuationRoot, "location", BytecodeLocation.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private ContinuationRepair() {
    }

    /** Makes sure resuming {@code continuation} enters its function's current bytecode node. */
    static void repair(ContinuationResult continuation) {
        ContinuationRootNode root = continuation.getContinuationRootNode();
        BytecodeLocation location = root.getLocation();
        if (location != null && location.getBytecodeNode() != root.getSourceRootNode().getBytecodeNode()) {
            repairSlow(root, location);
        }
    }

    @TruffleBoundary
    private static void repairSlow(ContinuationRootNode root, BytecodeLocation stale) {
        BytecodeNode current = root.getSourceRootNode().getBytecodeNode();
        LOCATION.setVolatile(root, current.getBytecodeLocation(stale.getBytecodeIndex()));
    }
}
