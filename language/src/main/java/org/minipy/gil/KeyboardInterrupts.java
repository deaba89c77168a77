package org.minipy.gil;

import java.util.function.Supplier;

import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.TruffleLanguage;

/**
 * Ctrl-C: turns SIGINT into a {@code KeyboardInterrupt} raised in the main thread at its next poll point, even while
 * other threads hold the GIL (the main thread may be waiting for the GIL, sleeping or blocked on a lock: Truffle
 * interrupts those waits to run the action; the GIL is taken back before the exception unwinds guest code). Only
 * installed by the {@code mpy} command, never inside an embedding JVM (tests).
 */
public final class KeyboardInterrupts {
    private KeyboardInterrupts() {
    }

    /** Installs the SIGINT handler for the interpreter whose main thread is {@code main}. */
    public static void install(TruffleLanguage.Env env, Thread main, Supplier<RuntimeException> keyboardInterrupt) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> {
                try {
                    env.submitThreadLocal(new Thread[]{main}, new ThreadLocalAction(true, false) {
                        @Override
                        protected void perform(Access access) {
                            throw keyboardInterrupt.get();
                        }
                    });
                } catch (RuntimeException e) {
                    // the interpreter is closing; the JVM ends anyway
                }
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no SIGINT on this platform: Ctrl-C ends the JVM the default way
        }
    }
}
