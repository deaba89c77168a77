package org.minipy.tests.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance suite (SPEC §10): one test per program {@code conformance/<area>/<name>.mpy}, run in-process with a
 * fresh context, the way the expectations were made with CPython ({@code python3 <name>.mpy} in the program's
 * directory, no stdin, {@code PYTHONHASHSEED=0}). Files named {@code _*.mpy} are helper modules, not programs.
 *
 * <ul>
 * <li>stdout must equal {@code <name>.out} byte for byte (no file: no output expected);</li>
 * <li>the exit status must equal {@code <name>.status} (default 0);</li>
 * <li>with {@code <name>.err}, the last non-empty stderr line must equal its content (under {@code refused/}: start
 * with it);</li>
 * <li>a program gets {@value #TIMEOUT_SECONDS} s.</li>
 * </ul>
 * Programs run on {@code -Dminipy.conformance.threads} worker threads (default 2); {@code -Dminipy.conformance.filter}
 * keeps only programs whose relative path contains the given text.
 */
public class ConformanceTest {
    static final Path ROOT = Paths.get("tests/src/test/resources/conformance");
    static final int TIMEOUT_SECONDS = 60;
    static final long STACK_BYTES = 1L << 30;

    private static final AtomicInteger WORKER_IDS = new AtomicInteger();
    private static ExecutorService workers;
    private static ScheduledExecutorService watchdog;

    /** What one run produced. */
    record Outcome(byte[] stdout, byte[] stderr, int status, boolean timedOut, Throwable fault) {
    }

    @TestFactory
    Stream<DynamicTest> conformance() throws IOException {
        Path root = ROOT.toAbsolutePath();
        assertTrue(Files.isDirectory(root), "no conformance directory at " + root + " (tests must run from the repository root)");
        String filter = System.getProperty("minipy.conformance.filter", "");
        List<Path> programs;
        try (Stream<Path> files = Files.walk(root)) {
            programs = files.filter(p -> p.getFileName().toString().endsWith(".mpy"))
                            .filter(p -> !p.getFileName().toString().startsWith("_"))
                            .filter(p -> root.relativize(p).toString().contains(filter))
                            .sorted()
                            .toList();
        }
        int threads = Integer.getInteger("minipy.conformance.threads", 2);
        workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(null, runnable, "conformance-" + WORKER_IDS.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "conformance-watchdog");
            t.setDaemon(true);
            return t;
        });
        // All programs are queued at once, so they run on the workers while JUnit reports them in order.
        List<DynamicTest> tests = new ArrayList<>();
        for (Path program : programs) {
            Future<Outcome> outcome = workers.submit(() -> run(program));
            String name = root.relativize(program).toString().replace('\\', '/');
            tests.add(DynamicTest.dynamicTest(name, program.toUri(), () -> check(root, program, outcome)));
        }
        return tests.stream();
    }

    @AfterAll
    static void shutDown() {
        if (workers != null) {
            workers.shutdownNow();
        }
        if (watchdog != null) {
            watchdog.shutdownNow();
        }
    }

    /** A context that runs a corpus program as the expectations were made: in its directory, no stdin, hash seed 0. */
    static Context programContext(Path dir, String fileName, java.io.OutputStream out, java.io.OutputStream err) {
        return Context.newBuilder("minipy")
                        .arguments("minipy", new String[]{fileName})
                        .allowAllAccess(true)
                        .currentWorkingDirectory(dir)
                        .environment("PYTHONHASHSEED", "0")
                        .in(new ByteArrayInputStream(new byte[0]))
                        .out(out)
                        .err(err)
                        .option("engine.WarnInterpreterOnly", "false")
                        .build();
    }

    static Outcome run(Path program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path dir = program.getParent();
        String fileName = program.getFileName().toString();
        AtomicBoolean timedOut = new AtomicBoolean();
        int status = 0;
        Throwable fault = null;
        Context context = null;
        ScheduledFuture<?> timer = null;
        try {
            context = programContext(dir, fileName, out, err);
            Context running = context;
            timer = watchdog.schedule(() -> {
                timedOut.set(true);
                try {
                    running.close(true);
                } catch (RuntimeException e) {
                    // the context may be closing already
                }
            }, TIMEOUT_SECONDS, TimeUnit.SECONDS);
            // named as on CPython's command line (python3 <name>.mpy in the program's directory)
            Source source = Source.newBuilder("minipy", program.toFile()).name(fileName).build();
            try {
                context.eval(source);
            } catch (PolyglotException e) {
                if (e.isExit()) {
                    status = e.getExitStatus();
                } else if (!timedOut.get()) {
                    fault = e;
                }
            }
        } catch (PolyglotException e) {
            if (e.isExit()) {
                status = e.getExitStatus();
            } else if (!timedOut.get()) {
                fault = e;
            }
        } catch (IOException | RuntimeException | Error e) {
            fault = e;
        } finally {
            // The watchdog stays armed while the context closes: closing joins the program's non-daemon threads.
            if (context != null && !timedOut.get()) {
                try {
                    context.close();
                } catch (PolyglotException e) {
                    if (e.isExit()) {
                        status = e.getExitStatus();
                    } else if (fault == null) {
                        fault = e;
                    }
                } catch (IllegalStateException e) {
                    // threads still running: cancel them
                    try {
                        context.close(true);
                    } catch (RuntimeException ignored) {
                        // nothing more to do
                    }
                    if (fault == null) {
                        fault = e;
                    }
                }
            }
            if (timer != null) {
                timer.cancel(false);
            }
        }
        if (timedOut.get()) {
            fault = null;
        }
        return new Outcome(out.toByteArray(), err.toByteArray(), status, timedOut.get(), fault);
    }

    static void check(Path root, Path program, Future<Outcome> future) throws InterruptedException {
        Outcome outcome;
        try {
            outcome = future.get();
        } catch (ExecutionException e) {
            throw new AssertionError("the harness failed", e.getCause());
        }
        String base = program.getFileName().toString().replaceFirst("\\.mpy$", "");
        Path dir = program.getParent();
        String stderr = new String(outcome.stderr(), StandardCharsets.UTF_8);
        String context = "\n--- stderr (last lines) ---\n" + tail(stderr, 15);

        if (outcome.timedOut()) {
            fail("did not finish within " + TIMEOUT_SECONDS + " s" + context);
        }
        if (outcome.fault() != null) {
            Throwable f = outcome.fault();
            AssertionError error = new AssertionError("MiniPy fault (not a Python-level outcome): " + f + context);
            error.initCause(f);
            throw error;
        }

        byte[] expectedOut = readOrEmpty(dir.resolve(base + ".out"));
        if (!Arrays.equals(expectedOut, outcome.stdout())) {
            String expected = new String(expectedOut, StandardCharsets.UTF_8);
            String actual = new String(outcome.stdout(), StandardCharsets.UTF_8);
            if (expected.equals(actual)) {
                fail("stdout differs in its bytes (not valid UTF-8?)" + context);
            }
            assertEquals(expected, actual, "stdout of " + root.relativize(program) + context);
        }

        int expectedStatus = 0;
        Path statusFile = dir.resolve(base + ".status");
        if (Files.exists(statusFile)) {
            expectedStatus = Integer.parseInt(readString(statusFile).strip());
        }
        assertEquals(expectedStatus, outcome.status(), "exit status" + context);

        Path errFile = dir.resolve(base + ".err");
        if (Files.exists(errFile)) {
            String expectedLine = readString(errFile).strip();
            String lastLine = lastNonEmptyLine(stderr);
            boolean refused = root.relativize(program).getName(0).toString().equals("refused");
            if (refused) {
                assertTrue(lastLine.startsWith(expectedLine),
                                "last stderr line should start with '" + expectedLine + "' but is '" + lastLine + "'" + context);
            } else {
                assertEquals(expectedLine, lastLine, "last stderr line" + context);
            }
        }
    }

    static String lastNonEmptyLine(String text) {
        String[] lines = text.split("\\R");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i].stripTrailing();
            }
        }
        return "";
    }

    static String tail(String text, int count) {
        String[] lines = text.split("\\R");
        int from = Math.max(0, lines.length - count);
        return String.join("\n", Arrays.asList(lines).subList(from, lines.length));
    }

    private static byte[] readOrEmpty(Path file) {
        try {
            return Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readString(Path file) {
        return new String(readOrEmpty(file), StandardCharsets.UTF_8);
    }
}
