package org.minipy.tests.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties of the GIL and of real threads (SPEC §4, §5), checked by running {@code ./mpy} as a child process (so
 * the JIT is on, as for users). Properties, not wall-clock thresholds: the machine is a shared 2-core box, so every
 * bound here is several times looser than what a healthy run shows.
 */
public class GilPropertyTest {
    static final Path ROOT = MpyRunner.ROOT;
    static final Path MPY = MpyRunner.MPY;

    @TempDir
    Path temp;

    MpyRunner.Result run(String program, Map<String, String> env, String... options) throws IOException, InterruptedException {
        return MpyRunner.run(temp, program, env, options);
    }

    static final String BUSY_THREADS = """
                    import threading, time
                    lock = threading.Lock()
                    total = [0]
                    def f(n):
                        return n + 1
                    def work(k):
                        x = 0
                        for i in range(60000):
                            x = f(x)
                            if i % 5000 == 0:
                                time.sleep(0)
                                with lock:
                                    total[0] += 1
                    ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
                    for t in ts: t.start()
                    for t in ts: t.join()
                    print(total[0])
                    """;

    /** The test hook checks, at every guest function entry, that the running thread holds the GIL. */
    @Test
    void neverTwoThreadsInGuestCodeAtOnce() throws Exception {
        MpyRunner.Result r = run(BUSY_THREADS, Map.of("MPY_JAVA_OPTS", "-Dminipy.gilcheck=true"));
        assertEquals(0, r.status(), r.toString());
        assertEquals("48\n", r.stdout(), r.toString());
        assertTrue(r.stderr().contains("gilcheck: 0 violations"), r.toString());
    }

    /** The same invariant under the {@code fair} design (FIFO hand-over). */
    @Test
    void neverTwoThreadsInGuestCodeAtOnceUnderFairDesign() throws Exception {
        MpyRunner.Result r = run(BUSY_THREADS, Map.of("MPY_JAVA_OPTS", "-Dminipy.gilcheck=true"), "-X", "gil=fair");
        assertEquals(0, r.status(), r.toString());
        assertEquals("48\n", r.stdout(), r.toString());
        assertTrue(r.stderr().contains("gilcheck: 0 violations"), r.toString());
    }

    /** Negative control: with the lock bypassed, the same hook does see threads running guest code together. */
    @Test
    void theCheckDetectsConcurrentGuestCodeWithoutTheLock() throws Exception {
        MpyRunner.Result r = run(BUSY_THREADS, Map.of("MPY_JAVA_OPTS", "-Dminipy.gilcheck=true"), "-X", "gil=bypass");
        Matcher m = Pattern.compile("gilcheck: (\\d+) violations").matcher(r.stderr());
        assertTrue(m.find(), r.toString());
        assertTrue(Long.parseLong(m.group(1)) > 0, r.toString());
    }

    /** A thread that waits for a spinning holder gets the GIL after about one interval, not at the holder's end. */
    @Test
    void spinningThreadYieldsToWaiterWithinAFewIntervals() throws Exception {
        MpyRunner.Result r = run("""
                        import sys, threading, time, gil
                        sys.setswitchinterval(0.005)
                        stop = False
                        def spin():
                            while not stop:
                                pass
                        t = threading.Thread(target=spin)
                        t.start()
                        lat = []
                        for i in range(100):
                            t0 = time.perf_counter()
                            time.sleep(0.001)
                            lat.append(time.perf_counter() - t0 - 0.001)
                        stop = True
                        t.join()
                        lat.sort()
                        print("median_ms", lat[len(lat) // 2] * 1000)
                        s = gil.stats()
                        spinner = [x for x in s["threads"] if x["name"].startswith("Thread-1")][0]
                        print("served", spinner["drop_requests_served"])
                        """, Map.of());
        assertEquals(0, r.status(), r.toString());
        double median = Double.parseDouble(r.stdout().lines().filter(l -> l.startsWith("median_ms")).findFirst().orElseThrow().split(" ")[1]);
        long served = Long.parseLong(r.stdout().lines().filter(l -> l.startsWith("served")).findFirst().orElseThrow().split(" ")[1]);
        // each wake-up waits for the holder to honour a drop request: about one interval (5 ms), far below 10
        assertTrue(median < 50, "median wake-up latency " + median + " ms\n" + r);
        // Most wake-ups find the spinner holding the GIL and ask it to drop; on a loaded machine some find the spinner
        // not yet scheduled after the main thread's release and take the GIL uncontended (45 of 100 seen at load 8-13).
        assertTrue(served >= 20, "the spinner served only " + served + " drop requests\n" + r);
    }

    /** Sleeping threads release the GIL, so their sleeps overlap; so do blocking lock waits. */
    @Test
    void sleepingAndBlockedThreadsOverlap() throws Exception {
        MpyRunner.Result r = run("""
                        import threading, time
                        t0 = time.perf_counter()
                        ts = [threading.Thread(target=time.sleep, args=(0.5,)) for _ in range(6)]
                        for t in ts: t.start()
                        for t in ts: t.join()
                        print("sleep", time.perf_counter() - t0)
                        gate = threading.Lock()
                        gate.acquire()
                        got = []
                        def waiter():
                            got.append(gate.acquire(timeout=0.5))
                        t0 = time.perf_counter()
                        ts = [threading.Thread(target=waiter) for _ in range(6)]
                        for t in ts: t.start()
                        for t in ts: t.join()
                        print("locks", time.perf_counter() - t0, got.count(False))
                        """, Map.of());
        assertEquals(0, r.status(), r.toString());
        double sleep = Double.parseDouble(r.stdout().lines().filter(l -> l.startsWith("sleep")).findFirst().orElseThrow().split(" ")[1]);
        String[] locks = r.stdout().lines().filter(l -> l.startsWith("locks")).findFirst().orElseThrow().split(" ");
        assertTrue(sleep < 2.0, "6 x 0.5 s sleeps took " + sleep + " s (3 s if serialized)\n" + r);
        assertTrue(Double.parseDouble(locks[1]) < 2.0, "6 x 0.5 s lock waits took " + locks[1] + " s\n" + r);
        assertEquals("6", locks[2], r.toString());
    }

    /** sys.setswitchinterval really changes how often two spinning threads hand the GIL over. */
    @Test
    void switchIntervalChangesHandoverRate() throws Exception {
        // On a machine loaded far beyond its cores the spinners are often not scheduled at all, which hides the
        // interval; the property must show in one of three attempts.
        String last = "";
        for (int attempt = 0; attempt < 3; attempt++) {
            MpyRunner.Result r = run("""
                            import sys, threading, time, gil
                            def served():
                                return gil.stats()["total"]["drop_requests_served"]
                            def spin_for(interval, seconds):
                                sys.setswitchinterval(interval)
                                stop = [False]
                                def spin():
                                    while not stop[0]:
                                        pass
                                ts = [threading.Thread(target=spin) for _ in range(2)]
                                before = served()
                                for t in ts: t.start()
                                time.sleep(seconds)
                                stop[0] = True
                                for t in ts: t.join()
                                return served() - before
                            spin_for(0.005, 0.5)
                            print(spin_for(0.050, 1.5), spin_for(0.002, 1.5))
                            """, Map.of());
            assertEquals(0, r.status(), r.toString());
            String[] parts = r.stdout().strip().split(" ");
            long slow = Long.parseLong(parts[0]);
            long fast = Long.parseLong(parts[1]);
            // ideal: about 30 against 750; demand only a clear difference
            if (fast > 3 * Math.max(slow, 1)) {
                return;
            }
            last += "attempt " + attempt + ": hand-overs at 50 ms: " + slow + ", at 2 ms: " + fast + "\n" + r + "\n";
        }
        fail(last);
    }

    /** Non-daemon threads are joined at exit; a daemon thread spinning forever does not keep the process alive. */
    @Test
    void nonDaemonThreadsJoinedDaemonThreadsLeftBehind() throws Exception {
        MpyRunner.Result r = run("""
                        import threading, time
                        def forever():
                            while True:
                                pass
                        def late():
                            time.sleep(0.3)
                            print("late thread done")
                        threading.Thread(target=forever, daemon=True).start()
                        threading.Thread(target=late).start()
                        print("main done")
                        """, Map.of());
        assertEquals(0, r.status(), r.toString());
        assertEquals("main done\nlate thread done\n", r.stdout(), r.toString());
    }

    /** An exception in a thread is reported in threading.excepthook's format; the program goes on. */
    @Test
    void excepthookFormat() throws Exception {
        MpyRunner.Result r = run("""
                        import threading
                        def boom():
                            raise ValueError("boom")
                        t = threading.Thread(target=boom)
                        t.start()
                        t.join()
                        print("still running")
                        """, Map.of());
        assertEquals(0, r.status(), r.toString());
        assertEquals("still running\n", r.stdout(), r.toString());
        assertTrue(r.stderr().startsWith("Exception in thread Thread-1 (boom):\nTraceback (most recent call last):\n"), r.toString());
        assertTrue(r.stderr().contains(", in boom\n"), r.toString());
        assertTrue(r.stderr().strip().endsWith("ValueError: boom"), r.toString());
        assertTrue(!r.stderr().contains("at org.") && !r.stderr().contains("java."), r.toString());
    }

    /** Many threads, lock-protected counters, many start/join cycles, condition ping-pong: exact and never hangs. */
    @Test
    void boundedStressNeverHangs() throws Exception {
        MpyRunner.Result r = run("""
                        import threading, queue
                        counter = [0]
                        lock = threading.Lock()
                        def bump():
                            for _ in range(200):
                                with lock:
                                    counter[0] += 1
                        for cycle in range(40):
                            ts = [threading.Thread(target=bump) for _ in range(12)]
                            for t in ts: t.start()
                            for t in ts: t.join()
                        print(counter[0])
                        cond = threading.Condition()
                        turn = [0]
                        def player(me):
                            for _ in range(300):
                                with cond:
                                    while turn[0] != me:
                                        cond.wait()
                                    turn[0] = 1 - me
                                    cond.notify_all()
                        ps = [threading.Thread(target=player, args=(i,)) for i in range(2)]
                        for p in ps: p.start()
                        for p in ps: p.join()
                        q = queue.Queue(maxsize=4)
                        def produce():
                            for i in range(2000):
                                q.put(i)
                        got = []
                        def consume():
                            for i in range(1000):
                                got.append(q.get())
                        ws = [threading.Thread(target=produce)] + [threading.Thread(target=consume) for _ in range(2)]
                        for w in ws: w.start()
                        for w in ws: w.join()
                        print(turn[0], len(got), sum(got), threading.active_count())
                        """, Map.of());
        assertEquals(0, r.status(), r.toString());
        assertEquals("96000\n0 2000 1999000 1\n", r.stdout(), r.toString());
    }

    /** Guest threads are OS threads carrying their names (cut to 15 characters) and their native ids. */
    @Test
    void osThreadNamesAndNativeIds() throws Exception {
        Path script = temp.resolve("names.mpy");
        Files.writeString(script, """
                        import threading, time
                        go = threading.Event()
                        ts = [threading.Thread(target=go.wait, name="worker-%d" % i) for i in range(2)]
                        def waiting_for_go():
                            go.wait()
                        ts.append(threading.Thread(target=waiting_for_go))
                        for t in ts: t.start()
                        print("ready", threading.get_native_id(), *[t.native_id for t in ts], flush=True)
                        time.sleep(3)
                        go.set()
                        """);
        ProcessBuilder pb = new ProcessBuilder(MPY.toString(), script.toString()).directory(temp.toFile());
        pb.environment().put("MPY_NO_BUILD", "1");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            assertTrue(line != null && line.startsWith("ready "), "got: " + line);
            String[] ids = line.split(" ");
            TreeSet<String> names = new TreeSet<>();
            Path tasks = Paths.get("/proc", String.valueOf(p.pid()), "task");
            for (int i = 1; i < ids.length; i++) {
                names.add(Files.readString(tasks.resolve(ids[i]).resolve("comm")).strip());
            }
            assertEquals(new TreeSet<>(List.of("MainThread", "worker-0", "worker-1", "Thread-1 (waiti")), names);
        } finally {
            assertTrue(p.waitFor(MpyRunner.TIMEOUT_SECONDS, TimeUnit.SECONDS));
        }
    }

    /** A thread spinning on a global, an attribute and a list item sees another thread's write after its loop is
     *  compiled (GraalPy 25.0.3 misses it forever; CPython never does). */
    @Test
    void compiledSpinLoopsSeeOtherThreadsWrites() throws Exception {
        Path program = ROOT.resolve("tests/src/test/resources/conformance/threads/visibility.mpy");
        // compile on the spinning thread itself (no background queue on a busy machine) and spin longer
        String text = Files.readString(program).replace("time.sleep(2.5)", "time.sleep(6)");
        MpyRunner.Result r = run(text, Map.of(), "--engine.TraceCompilation", "--engine.BackgroundCompilation=false");
        assertEquals(0, r.status(), r.toString());
        assertEquals("[False, False, False, False, False, False] ['attr', 'attr-local', 'for-range', 'global', 'item', 'item-local']\n",
                        r.stdout(), r.toString());
        for (String fn : new String[]{"spin_global", "spin_attr", "spin_item", "spin_attr_local", "spin_item_local", "spin_for_range"}) {
            assertTrue(r.stderr().lines().anyMatch(l -> l.contains("opt done") && l.contains(fn)), fn + " was not compiled\n" + r);
        }
    }

    /** -X gilstats prints the per-thread table and the process line at exit; gil.stats() adds up. */
    @Test
    void gilstatsReport() throws Exception {
        MpyRunner.Result r = run("""
                        import threading, time, gil, sys
                        ts = [threading.Thread(target=time.sleep, args=(0.05,), name="sleeper-%d" % i) for i in range(2)]
                        for t in ts: t.start()
                        for t in ts: t.join()
                        s = gil.stats()
                        print(sorted(s["total"]), s["design"], sys._is_gil_enabled())
                        print(s["total"]["acquisitions"] == sum(t["acquisitions"] for t in s["threads"]))
                        """, Map.of(), "-X", "gilstats");
        assertEquals(0, r.status(), r.toString());
        assertEquals("['acquisitions', 'drop_requests_served', 'hold_time', 'nogil_calls', 'nogil_time', 'voluntary_releases', 'wait_time', 'waits'] cpython True\nTrue\n",
                        r.stdout(), r.toString());
        assertTrue(r.stderr().contains("MainThread"), r.toString());
        assertTrue(r.stderr().contains("sleeper-1"), r.toString());
        assertTrue(r.stderr().lines().anyMatch(l -> l.startsWith("process: wall ") && l.contains("average cores busy") && l.contains("peak RSS")), r.toString());
    }

    /** Ctrl-C reaches the main thread as KeyboardInterrupt while other threads spin in guest code; a second one
     *  while it joins a spinning thread ends the program with CPython's status 130. */
    @Test
    void ctrlCRaisesKeyboardInterruptInMainWhileOthersSpin() throws Exception {
        Path script = temp.resolve("ki.mpy");
        Files.writeString(script, """
                        import threading
                        def spin():
                            while True:
                                pass
                        for i in range(2):
                            threading.Thread(target=spin, daemon=True).start()
                        print("started", flush=True)
                        try:
                            n = 0
                            while True:
                                n += 1
                        except KeyboardInterrupt:
                            print("caught", flush=True)
                        t = threading.Thread(target=spin, daemon=True)
                        t.start()
                        t.join()
                        """);
        ProcessBuilder pb = new ProcessBuilder(MPY.toString(), script.toString()).directory(temp.toFile());
        pb.environment().put("MPY_NO_BUILD", "1");
        pb.redirectError(temp.resolve("ki.err").toFile());
        Process p = pb.start();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("started", reader.readLine());
            Thread.sleep(500);
            long t0 = System.nanoTime();
            new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor();
            assertEquals("caught", reader.readLine());
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(seconds < 5, "KeyboardInterrupt took " + seconds + " s");
            Thread.sleep(300);
            new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "did not end after the second Ctrl-C");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(130, p.exitValue());
        List<String> err = Files.readAllLines(temp.resolve("ki.err"));
        assertEquals("KeyboardInterrupt", err.get(err.size() - 1), String.join("\n", err));
    }

    /** input() releases the GIL while it waits for a line: another thread keeps running. */
    @Test
    void inputReleasesTheGil() throws Exception {
        Path script = temp.resolve("inp.mpy");
        Files.writeString(script, """
                        import threading, time
                        ticks = [0]
                        stop = [False]
                        started = threading.Event()
                        def ticker():
                            started.set()
                            while not stop[0]:
                                ticks[0] += 1
                                time.sleep(0.01)
                        t = threading.Thread(target=ticker)
                        t.start()
                        started.wait()
                        print("ready", flush=True)
                        line = input()
                        stop[0] = True
                        t.join()
                        print(line, ticks[0] > 20)
                        """);
        ProcessBuilder pb = new ProcessBuilder(MPY.toString(), script.toString()).directory(temp.toFile());
        pb.environment().put("MPY_NO_BUILD", "1");
        Process p = pb.start();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("ready", reader.readLine());
            Thread.sleep(1000);
            p.getOutputStream().write("hello\n".getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().flush();
            assertEquals("hello True", reader.readLine());
            assertTrue(p.waitFor(MpyRunner.TIMEOUT_SECONDS, TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }
    }

    /** A thread imports a slow module while the main thread imports another: the import lock is waited for with the
     *  GIL released, so this does not deadlock. */
    @Test
    void concurrentImportsDoNotDeadlock() throws Exception {
        Files.writeString(temp.resolve("slow_import.mpy"), "n = 0\nwhile n < 3000000:\n    n += 1\nVALUE = n\n");
        Files.writeString(temp.resolve("other_import.mpy"), "NAME = 'other'\n");
        MpyRunner.Result r = run("""
                        import threading, time
                        results = []
                        def importer():
                            import slow_import
                            results.append(slow_import.VALUE)
                        t = threading.Thread(target=importer)
                        t.start()
                        time.sleep(0.01)
                        import other_import
                        results.append(other_import.NAME)
                        t.join()
                        print(sorted(results, key=str))
                        """, Map.of());
        assertEquals(0, r.status(), r.toString());
        assertEquals("[3000000, 'other']\n", r.stdout(), r.toString());
    }

    /** -X giltrace=FILE writes a Chrome trace-event JSON with each thread's holding, waiting and released spans. */
    @Test
    void giltraceWritesTraceEvents() throws Exception {
        Path trace = temp.resolve("trace.json");
        MpyRunner.Result r = run("""
                        import threading, time
                        stop = [False]
                        def spin():
                            while not stop[0]:
                                pass
                        ts = [threading.Thread(target=spin, name="spinner-%d" % i) for i in range(2)]
                        for t in ts: t.start()
                        time.sleep(0.5)
                        stop[0] = True
                        for t in ts: t.join()
                        """, Map.of(), "-X", "giltrace=" + trace);
        assertEquals(0, r.status(), r.toString());
        String json = Files.readString(trace);
        assertTrue(json.startsWith("{\"displayTimeUnit\""), json);
        for (String s : new String[]{"\"name\": \"MainThread\"", "\"name\": \"spinner-1\"", "\"name\": \"holding\"",
                        "\"name\": \"waiting\"", "\"name\": \"released (drop request)\"", "\"name\": \"released (blocking call)\""}) {
            assertTrue(json.contains(s), s + " missing");
        }
    }
}
