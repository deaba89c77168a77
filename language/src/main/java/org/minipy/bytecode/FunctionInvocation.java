package org.minipy.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
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
        return finish(function, code, code.getCallTarget().call(frameArguments));
    }

    /** What a call of {@code function} returns: its result, or for a generator function the generator object. */
    static Object finish(PFunction function, PythonCode code, Object result) {
        if (code.isGenerator()) {
            return newGenerator(result, function);
        }
        return result;
    }

    @TruffleBoundary
    private static Object newGenerator(Object suspended, PFunction function) {
        // the body stopped at its initial yield, which (unlike a return) ran no epilog to take its frame off the count
        PGenerator.leaveFrameIfSuspended(org.minipy.MiniPyLanguage.getThreadState(null), suspended);
        PGenerator generator = new PGenerator((ContinuationResult) suspended, function.getQualname());
        generator.setCode(function.getCode());
        return generator;
    }
}
