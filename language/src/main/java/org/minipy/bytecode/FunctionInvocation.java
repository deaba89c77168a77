package org.minipy.bytecode;

import com.oracle.truffle.api.bytecode.ContinuationResult;

import org.minipy.runtime.Calls;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PythonCode;

/**
 * How the runtime calls a Python function: runs its call target; for a generator function that first run stops at
 * the body's initial yield, and the suspended frame becomes a {@link PGenerator}.
 */
public final class FunctionInvocation implements Calls.FunctionInvoker {
    public static final FunctionInvocation INSTANCE = new FunctionInvocation();

    private FunctionInvocation() {
    }

    @Override
    public Object invoke(PFunction function, Object[] frameArguments) {
        PythonCode code = function.getCode();
        Object result = code.getCallTarget().call(frameArguments);
        if (code.isGenerator()) {
            return new PGenerator((ContinuationResult) result, function.getQualname());
        }
        return result;
    }
}
