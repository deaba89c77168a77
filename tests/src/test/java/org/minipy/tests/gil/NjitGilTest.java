package org.minipy.tests.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @njit} and the GIL (SPEC §4, §6), checked as properties by running {@code ./mpy} (JIT on), like
 * {@link GilPropertyTest}: {@code nogil=True} calls from two threads are inside the function at the same time,
 * {@code nogil=False} calls never are (numba's compiled code keeps the GIL for the whole call); the lock is taken back
 * after a nogil call, also when it raises or is interrupted by Ctrl-C; a thread inside a nogil call does not keep the
 * program from ending; a refused construct gives numba's TypingError. Overlap is observed through shared arrays that
 * each call writes and reads, never through timings, so a slow shared machine only makes the tests slower.
 */
public class NjitGilTest {
    static final Path MPY = MpyRunner.MPY;

    @TempDir
    Path temp;

    MpyRunner.Result run(String program, Map<String, String> env, String... options) throws IOException, InterruptedException {
        return MpyRunner.run(temp, program, env, options);
    }

    /**
     * Each call raises its flag, then spins (at most n steps) until it sees the other call's flag raised, records
     * that in {@code seen}, waits (at most n steps) until the other has seen it too, and lowers its flag. Calls that
     * run at the same time both see each other; calls that never overlap see nothing. The spin goes through another
     * compiled function, so function entries (poll points) happen inside the call as well.
     */
    static String meetProgram(boolean nogil, int n) {
        return """
                        import threading
                        import numpy as np
                        from numba import njit

                        @njit
                        def raised(flags, k):
                            return flags[k] == 1

                        @njit(nogil=NOGIL)
                        def meet(flags, seen, k, n):
                            flags[k] = 1
                            i = 0
                            while i < n and seen[k] == 0:
                                if raised(flags, 1 - k):
                                    seen[k] = 1
                                i += 1
                            j = 0
                            while j < n and seen[1 - k] == 0:
                                j += 1
                            flags[k] = 0
                            return i

                        flags = np.zeros(2, dtype=np.int64)
                        seen = np.zeros(2, dtype=np.int64)
                        meet(flags, seen, 0, 10)   # the first call checks and warms up
                        flags[0] = 0
                        seen[0] = 0
                        ts = [threading.Thread(target=meet, args=(flags, seen, k, N)) for k in range(2)]
                        for t in ts: t.start()
                        for t in ts: t.join()
                        print("seen", seen.tolist())
                        """.replace("NOGIL", nogil ? "True" : "False").replace("N)) for", n + ")) for");
    }

    /** nogil=True: two threads are inside the function at the same time; no thread runs guest code holding the GIL
     *  wrongly meanwhile (the gilcheck hook does not count threads in a released native call). */
    @Test
    void nogilCallsFromTwoThreadsOverlap() throws Exception {
        MpyRunner.Result r = run(meetProgram(true, 200_000_000), Map.of("MPY_JAVA_OPTS", "-Dminipy.gilcheck=true"));
        assertEquals(0, r.status(), r.toString());
        assertEquals("seen [1, 1]\n", r.stdout(), r.toString());
        assertTrue(r.stderr().contains("gilcheck: 0 violations"), r.toString());
    }

    /** nogil=False: the call keeps the GIL from entry to exit, so two threads are never inside it at once. */
    @Test
    void heldCallsNeverOverlap() throws Exception {
        MpyRunner.Result r = run(meetProgram(false, 2_000_000), Map.of("MPY_JAVA_OPTS", "-Dminipy.gilcheck=true"));
        assertEquals(0, r.status(), r.toString());
        assertEquals("seen [0, 0]\n", r.stdout(), r.toString());
        assertTrue(r.stderr().contains("gilcheck: 0 violations"), r.toString());
    }

    /** An exception raised inside a nogil call reaches the caller with the GIL held again: afterwards threads still
     *  take turns (gilcheck counts no violation) and the statistics count the nogil calls. */
    @Test
    void exceptionInsideNogilCallRetakesTheLock() throws Exception {
        MpyRunner.Result r = run("""
                        import threading, gil
                        from numba import njit

                        @njit(nogil=True)
                        def work(n, fail):
                            s = 0
                            for i in range(n):
                                s += i % 3
                            if fail:
                                raise ValueError("failed after the loop")
                            return s

                        def worker(k):
                            for r in range(5):
                                try:
                                    work(200000, r % 2 == 1)
                                except ValueError as e:
                                    pass
                            x = 0
                            for i in range(100000):
                                x += 1

                        ts = [threading.Thread(target=worker, args=(k,)) for k in range(3)]
                        for t in ts: t.start()
                        for t in ts: t.join()
                        s = gil.stats()["total"]
                        print(s["nogil_calls"], s["nogil_time"] > 0, s["nogil_time"] < 1000)
                        """, Map.of("MPY_JAVA_OPTS", "-Dminipy.gilcheck=true"), "-X", "gilstats");
        assertEquals(0, r.status(), r.toString());
        assertEquals("15 True True\n", r.stdout(), r.toString());
        assertTrue(r.stderr().contains("gilcheck: 0 violations"), r.toString());
        assertTrue(r.stderr().contains("nogil %"), r.toString());
    }

    /** A refused construct gives numba's TypingError at the first call: caught, and uncaught (status 1, numba's
     *  message). */
    @Test
    void refusedConstructGivesTypingError() throws Exception {
        MpyRunner.Result r = run("""
                        from numba import njit
                        from numba.core.errors import TypingError

                        def helper(x):
                            return x

                        @njit(nogil=True)
                        def f(x):
                            return helper(x)

                        try:
                            f(1)
                        except TypingError as e:
                            print(type(e).__name__, str(e).splitlines()[1])
                        f(2)
                        """, Map.of());
        assertEquals(1, r.status(), r.toString());
        assertEquals("TypingError Untyped global name 'helper': Cannot determine Numba type of <class 'function'>\n", r.stdout(), r.toString());
        assertTrue(r.stderr().contains("numba.core.errors.TypingError: Failed in nopython mode pipeline (step: nopython frontend)"), r.toString());
        assertTrue(r.stderr().contains("    return helper(x)\n    ^\n"), r.toString());
        assertTrue(!r.stderr().contains("at org.minipy"), r.toString());
    }

    /** The program ends (joining non-daemon threads only) while a daemon thread is inside a long nogil call. */
    @Test
    void programEndsWhileADaemonThreadIsInANogilCall() throws Exception {
        MpyRunner.Result r = run("""
                        import threading, time
                        from numba import njit

                        @njit(nogil=True)
                        def forever(n):
                            s = 0
                            i = 0
                            while i >= 0 and n > 0:
                                s += i % 3
                                i += 1
                            return s

                        forever(-1)
                        t = threading.Thread(target=forever, args=(1,), daemon=True)
                        t.start()
                        time.sleep(0.3)
                        print("main done", t.is_alive())
                        """, Map.of());
        assertEquals(0, r.status(), r.toString());
        assertEquals("main done True\n", r.stdout(), r.toString());
    }

    /** Ctrl-C reaches the main thread while it is inside a nogil call (at one of the call's poll points); the
     *  KeyboardInterrupt propagates once the GIL is held again, and the program goes on running guest code. */
    @Test
    void ctrlCInterruptsANogilCall() throws Exception {
        Path script = temp.resolve("ki.mpy");
        Files.writeString(script, """
                        import threading
                        from numba import njit

                        @njit(nogil=True)
                        def forever(n):
                            s = 0
                            i = 0
                            while i >= 0 and n > 0:
                                s += i % 3
                                i += 1
                            return s

                        @njit
                        def spin_held(n):
                            s = 0
                            for i in range(n):
                                s += i % 3
                            return s

                        forever(-1)
                        print("started", flush=True)
                        try:
                            forever(1)
                        except KeyboardInterrupt:
                            print("caught", flush=True)
                        others = [threading.Thread(target=spin_held, args=(300000,)) for k in range(2)]
                        for t in others: t.start()
                        for t in others: t.join()
                        print("done", spin_held(10))
                        """);
        ProcessBuilder pb = new ProcessBuilder(MPY.toString(), script.toString()).directory(temp.toFile());
        pb.environment().put("MPY_NO_BUILD", "1");
        pb.redirectError(temp.resolve("ki.err").toFile());
        Process p = pb.start();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("started", reader.readLine());
            Thread.sleep(500);
            new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor();
            assertEquals("caught", reader.readLine(), () -> readQuietly(temp.resolve("ki.err")));
            assertEquals("done 9", reader.readLine(), () -> readQuietly(temp.resolve("ki.err")));
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "did not end");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(0, p.exitValue(), readQuietly(temp.resolve("ki.err")));
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    /** -X gilstats accounts a nogil call as released time: a thread that spends its life in nogil calls holds the
     *  GIL for a small share of the wall time and shows a large nogil share. */
    @Test
    void gilstatsShowsNogilTimeAsReleased() throws Exception {
        MpyRunner.Result r = run("""
                        import threading
                        from numba import njit

                        @njit(nogil=True)
                        def work(n):
                            s = 0
                            for i in range(n):
                                s += i % 7
                            return s

                        work(10)
                        t = threading.Thread(target=lambda: work(30000000), name="nogil-worker")
                        t.start()
                        t.join()
                        """, Map.of(), "-X", "gilstats");
        assertEquals(0, r.status(), r.toString());
        Matcher m = Pattern.compile("nogil-worker\\s+\\d+\\s+[0-9.]+\\s+([0-9.]+)%.*\\s([0-9.]+)%\\s*$", Pattern.MULTILINE).matcher(r.stderr());
        assertTrue(m.find(), r.toString());
        double hold = Double.parseDouble(m.group(1));
        double nogil = Double.parseDouble(m.group(2));
        assertTrue(hold < nogil, "hold " + hold + "% should be below the nogil share " + nogil + "%\n" + r);
    }
}
