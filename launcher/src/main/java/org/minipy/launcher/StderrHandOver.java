package org.minipy.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.util.Optional;

/**
 * Gives the program its stderr back after a JVM start-up that had to be kept quiet.
 *
 * <p>When the JVM resolves an incubator module (numpy's matrix product uses the Vector API, jdk.incubator.vector) it
 * prints {@code WARNING: Using incubator modules: ...} to stderr before {@code main} runs, and when it reads the JIT's
 * compiler directives, {@code 1 compiler directives added}; no option silences either. A Python program's stderr must
 * not carry those lines. So the {@code mpy} script starts the JVM with stderr on
 * /dev/null and the real stderr kept open as another descriptor, named by {@code -Dminipy.stderr.fd=N}; the first
 * thing {@code main} does is move that descriptor back to 2 ({@code dup2}), so everything after start-up — warnings,
 * tracebacks, the program's own output — goes where the user's stderr is, terminal or pipe, unchanged.
 */
final class StderrHandOver {
    /** The thread doing the hand-over, until someone has waited for it. */
    private static volatile Thread pending;

    private StderrHandOver() {
    }

    /**
     * Starts the hand-over on a helper thread: making the native-call stubs for {@code dup2} takes the JVM tens of
     * milliseconds (it generates classes), which overlaps with creating the engine when it happens beside it. Every
     * write to stderr goes through {@link #stderrStream} and so waits for the hand-over first.
     */
    static void restoreInBackground() {
        if (System.getProperty("minipy.stderr.fd") == null) {
            return;
        }
        Thread thread = new Thread(StderrHandOver::restore, "mpy-stderr-handover");
        thread.setDaemon(true);
        pending = thread;
        thread.start();
    }

    /** Waits until stderr is the user's again (at once when there was nothing to do or it is done). */
    static void awaitRestored() {
        Thread thread = pending;
        if (thread == null) {
            return;
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        pending = null;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Descriptor 2 as a stream whose writes wait for the hand-over. */
    static OutputStream stderrStream() {
        return new FilterOutputStream(new FileOutputStream(FileDescriptor.err)) {
            @Override
            public void write(int b) throws IOException {
                awaitRestored();
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                awaitRestored();
                out.write(b, off, len);
            }
        };
    }

    private static void restore() {
        String fd = System.getProperty("minipy.stderr.fd");
        if (fd == null) {
            return;
        }
        try {
            int saved = Integer.parseInt(fd);
            MethodHandle dup2 = nativeIntFunction("dup2", 2);
            MethodHandle close = nativeIntFunction("close", 1);
            if ((int) dup2.invoke(saved, 2) == 2) {
                close.invoke(saved);
            }
        } catch (Throwable e) {
            // stderr stays where it is (/dev/null): nothing else can be done without it
        }
    }

    /**
     * A handle on the C function {@code int name(int, ...)} through the foreign function API. Reflectively, because
     * the launcher is compiled for JDK 21, where that API is still a preview; the mpy script asks for the hand-over
     * only on the JDKs that run numpy's Vector API kernel (25 and newer).
     */
    private static MethodHandle nativeIntFunction(String name, int intArguments) throws ReflectiveOperationException {
        Class<?> linkerClass = Class.forName("java.lang.foreign.Linker");
        Class<?> memoryLayout = Class.forName("java.lang.foreign.MemoryLayout");
        Class<?> descriptorClass = Class.forName("java.lang.foreign.FunctionDescriptor");
        Class<?> optionClass = Class.forName("java.lang.foreign.Linker$Option");
        Object linker = linkerClass.getMethod("nativeLinker").invoke(null);
        Object lookup = linkerClass.getMethod("defaultLookup").invoke(linker);
        Optional<?> symbol = (Optional<?>) Class.forName("java.lang.foreign.SymbolLookup").getMethod("find", String.class)
                        .invoke(lookup, name);
        Object javaInt = Class.forName("java.lang.foreign.ValueLayout").getField("JAVA_INT").get(null);
        Object arguments = Array.newInstance(memoryLayout, intArguments);
        for (int i = 0; i < intArguments; i++) {
            Array.set(arguments, i, javaInt);
        }
        Object descriptor = descriptorClass.getMethod("of", memoryLayout, arguments.getClass()).invoke(null, javaInt, arguments);
        return (MethodHandle) linkerClass.getMethod("downcallHandle", Class.forName("java.lang.foreign.MemorySegment"),
                        descriptorClass, optionClass.arrayType())
                        .invoke(linker, symbol.orElseThrow(), descriptor, Array.newInstance(optionClass, 0));
    }
}
