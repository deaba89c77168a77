package org.minipy.bytecode;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.bytecode.ConstantOperand;
import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.runtime.Errors;

/**
 * Closure cells as bytecode operations: a variable that an inner function uses lives in a {@link
 * org.minipy.runtime.PCell} shared by both frames (the scope analysis decides which); these make, read, write and
 * empty such cells, with Python's errors for a variable read before assignment.
 */
final class CellOperations {
    private CellOperations() {
    }

    @OperationProxy.Proxyable
    public abstract static class MakeCell extends Node {
        public abstract Object execute(Object initial);

        @Specialization
        static Object make(Object initial) {
            return new org.minipy.runtime.PCell(initial == org.minipy.runtime.PBuiltinFunction.MISSING ? null : initial);
        }
    }

    @OperationProxy.Proxyable
    public abstract static class EmptyCell extends Node {
        public abstract Object execute();

        @Specialization
        static Object make() {
            return new org.minipy.runtime.PCell();
        }
    }

    @OperationProxy.Proxyable
    @ConstantOperand(type = String.class)
    public abstract static class CellGet extends Node {
        public abstract Object execute(String name, Object cell);

        @Specialization
        static Object get(String name, Object cell, @Bind Node node) {
            Object v = ((org.minipy.runtime.PCell) cell).get();
            if (v == null) {
                CompilerDirectives.transferToInterpreter();
                throw isOwnCell(node, name) ? Errors.unboundLocal(name) : RuntimeCalls.unboundCell(name);
            }
            return v;
        }

        /** Whether {@code name} is a cell of the running function itself (then unbound is UnboundLocalError). */
        static boolean isOwnCell(Node node, String name) {
            com.oracle.truffle.api.nodes.RootNode root = node.getRootNode();
            if (root instanceof com.oracle.truffle.api.bytecode.ContinuationRootNode c) {
                root = (com.oracle.truffle.api.nodes.RootNode) c.getSourceRootNode();
            }
            return root instanceof MiniPyRootNode r && r.getCode() != null && r.getCode().getCellvars() != null &&
                            java.util.Arrays.asList(r.getCode().getCellvars()).contains(name);
        }
    }

    @OperationProxy.Proxyable
    public abstract static class CellSet extends Node {
        public abstract void execute(Object cell, Object value);

        @Specialization
        static void set(Object cell, Object value) {
            ((org.minipy.runtime.PCell) cell).set(value);
        }
    }

    @OperationProxy.Proxyable
    @ConstantOperand(type = String.class)
    public abstract static class CellDelete extends Node {
        public abstract void execute(String name, Object cell);

        @Specialization
        static void delete(String name, Object cell, @Bind Node node) {
            org.minipy.runtime.PCell c = (org.minipy.runtime.PCell) cell;
            if (c.get() == null) {
                throw CellGet.isOwnCell(node, name) ? Errors.unboundLocal(name) : RuntimeCalls.unboundCell(name);
            }
            Object old = c.get();
            c.set(null);
            LoopIterators.released(old);
        }
    }
}
