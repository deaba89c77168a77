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

        @Specialization
        static boolean doBoolean(boolean value) {
            return value;
        }

        @Specialization
        static boolean doLong(long value) {
            return value != 0;
        }

        @Fallback
        static boolean doGeneric(Object value) {
            return Truth.isTrue(value);
        }
    }
}
