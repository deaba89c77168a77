package org.minipy.bytecode;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.runtime.Truth;

/** Small operations shared by several statements: truth testing for conditions and {@code and}/{@code or}. */
public final class CoreOperations {
    private CoreOperations() {
    }

    /** {@code bool(x)} for a condition: booleans and ints inline, everything else through the truth protocol. */
    @OperationProxy.Proxyable
    public abstract static class IsTrue extends Node {
        public abstract boolean execute(Object value);

        // Each branch condition is also a memory fence for the compiler (org.minipy.gil.PollFence): a loop that
        // tests guest state sees other threads' writes, also once compiled.
        @Specialization
        static boolean doBoolean(boolean value) {
            org.minipy.gil.PollFence.fence();
            return value;
        }

        @Specialization
        static boolean doLong(long value) {
            org.minipy.gil.PollFence.fence();
            return value != 0;
        }

        @Fallback
        static boolean doGeneric(Object value) {
            org.minipy.gil.PollFence.fence();
            return Truth.isTrue(value);
        }
    }
}
