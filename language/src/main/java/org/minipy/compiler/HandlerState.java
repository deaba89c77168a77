package org.minipy.compiler;

import java.util.ArrayDeque;
import java.util.Deque;

import com.oracle.truffle.api.bytecode.BytecodeLocal;

import org.minipy.bytecode.MiniPyRootNodeGen;

/**
 * Emits the bookkeeping of the thread's handled exception ({@code sys.exc_info()}, see
 * {@code bytecode/HandledExceptions}) for one code unit: an except block, or a finally block run for an exception,
 * makes its exception the handled one and restores the previous one however it is left; a {@code yield} inside such
 * blocks hands the caller's back while the generator is suspended. Code outside handlers gets none of it.
 */
final class HandlerState {
    private final MiniPyRootNodeGen.Builder b;
    /**
     * The blocks open around the code being emitted, innermost first: the local holding the caught exception and the
     * local holding the thread's previously handled one.
     */
    private final Deque<BytecodeLocal[]> open = new ArrayDeque<>();

    HandlerState(MiniPyRootNodeGen.Builder b) {
        this.b = b;
    }

    /**
     * Starts a handler block for the exception in {@code caught}; {@code previous} is a fresh local. The block's code
     * follows, then {@link #end}.
     */
    void begin(BytecodeLocal caught, BytecodeLocal previous) {
        b.beginStoreLocal(previous);
        b.beginEnterHandler();
        b.emitLoadLocal(caught);
        b.endEnterHandler();
        b.endStoreLocal();
        b.beginTryFinally(() -> {
            b.beginLeaveHandler();
            b.emitLoadLocal(previous);
            b.endLeaveHandler();
        });
        open.push(new BytecodeLocal[]{caught, previous});
    }

    void end() {
        open.pop();
        b.endTryFinally();
    }

    /**
     * A {@code yield} of what {@code value} emits (the resumption value is the result). Inside handler blocks the
     * generator gives the caller's handled exception back while suspended and takes its own back when resumed, as
     * CPython's generators keep their own exception state; {@code temp} makes the two locals this needs.
     */
    void yieldValue(Runnable value, java.util.function.Supplier<BytecodeLocal> temp) {
        if (open.isEmpty()) {
            b.beginYield();
            value.run();
            b.endYield();
            return;
        }
        BytecodeLocal[] inner = open.peekFirst();
        BytecodeLocal[] outer = open.peekLast();
        BytecodeLocal yielded = temp.get();
        BytecodeLocal resumed = temp.get();
        b.beginBlock();
        b.beginStoreLocal(yielded);
        value.run();
        b.endStoreLocal();
        b.beginLeaveHandler();
        b.emitLoadLocal(outer[1]);
        b.endLeaveHandler();
        b.beginStoreLocal(resumed);
        b.beginYield();
        b.emitLoadLocal(yielded);
        b.endYield();
        b.endStoreLocal();
        // Leaving the outermost block later restores what the resumer was handling.
        b.beginStoreLocal(outer[1]);
        b.beginResumeHandler();
        b.emitLoadLocal(inner[0]);
        b.endResumeHandler();
        b.endStoreLocal();
        b.beginChainThrown();
        b.emitLoadLocal(resumed);
        b.endChainThrown();
        b.endBlock();
    }
}
