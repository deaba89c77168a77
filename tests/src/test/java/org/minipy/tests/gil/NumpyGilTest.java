package org.minipy.tests.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * numpy and the GIL (SPEC §4, §6): operations over at least 500 elements run with the GIL released, so two threads
 * doing big array work are inside their operations at the same time; smaller operations keep the lock. Checked as
 * properties, not speeds: the {@code -X giltrace} timeline must show the two threads' {@code released (array
 * operation)} spans overlapping in wall time, and {@code gil.stats()} must count one voluntary release per big
 * operation and none for small ones. Runs {@code ./mpy} like {@link GilPropertyTest}
 * (through {@link MpyRunner}).
 */
public class NumpyGilTest {
    @TempDir
    Path temp;

    MpyRunner.Result run(String program, Map<String, String> env, String... options) throws Exception {
        return MpyRunner.run(temp, program, env, options);
    }


    private static final Pattern SPAN = Pattern.compile(
                    "\\{\"name\": \"([^\"]+)\", \"cat\": \"gil\", \"ph\": \"X\", \"pid\": 1, \"tid\": (\\d+), \"ts\": ([0-9.]+), \"dur\": ([0-9.]+)\\}");

    private record Span(String what, long tid, double start, double end) {
    }

    private static List<Span> spans(Path trace) throws Exception {
        List<Span> out = new ArrayList<>();
        Matcher m = SPAN.matcher(Files.readString(trace));
        while (m.find()) {
            double ts = Double.parseDouble(m.group(3));
            out.add(new Span(m.group(1), Long.parseLong(m.group(2)), ts, ts + Double.parseDouble(m.group(4))));
        }
        return out;
    }

    private static final String TWO_THREADS = """
                    import threading
                    import numpy as np
                    N = %d
                    barrier = threading.Barrier(2)
                    results = [0, 0]
                    def work(k):
                        a = np.arange(N) * 1.0
                        barrier.wait()
                        s = 0.0
                        for i in range(%d):
                            b = np.sqrt(a * 1.5 + k) + a
                            s += b.sum()
                        results[k] = s > 0
                    ts = [threading.Thread(target=work, args=(k,), name="worker-%%d" %% k) for k in range(2)]
                    for t in ts: t.start()
                    for t in ts: t.join()
                    print(results)
                    """;

    /** Two threads' big operations are inside the released part at the same time (their spans overlap). */
    @Test
    void bigOperationsInTwoThreadsOverlap() throws Exception {
        Path trace = temp.resolve("trace.json");
        MpyRunner.Result r = run(TWO_THREADS.formatted(2_000_000, 12), Map.of(), "-X", "giltrace=" + trace);
        assertEquals(0, r.status(), r.toString());
        assertEquals("[True, True]\n", r.stdout(), r.toString());
        List<Span> released = spans(trace).stream().filter(s -> s.what().equals("released (array operation)")).toList();
        assertTrue(released.stream().map(Span::tid).distinct().count() >= 2, "both workers release the GIL:\n" + released);
        boolean overlap = false;
        for (Span a : released) {
            for (Span b : released) {
                overlap |= a.tid() != b.tid() && a.start() < b.end() && b.start() < a.end();
            }
        }
        assertTrue(overlap, "no two released array operations of different threads overlap:\n" + released);
    }

    /** Operations under 500 elements keep the GIL: no released spans at all, even with two threads. */
    @Test
    void smallOperationsKeepTheGil() throws Exception {
        Path trace = temp.resolve("trace.json");
        MpyRunner.Result r = run(TWO_THREADS.formatted(499, 300), Map.of(), "-X", "giltrace=" + trace);
        assertEquals(0, r.status(), r.toString());
        assertEquals("[True, True]\n", r.stdout(), r.toString());
        long released = spans(trace).stream().filter(s -> s.what().equals("released (array operation)")).count();
        assertEquals(0, released, "small numpy operations released the GIL");
    }

    /** gil.stats(): a big operation is one voluntary release; 100 small ones are none. */
    @Test
    void statsCountReleasesOfBigOperationsOnly() throws Exception {
        String program = """
                        import gil
                        import numpy as np
                        def releases():
                            return gil.stats()['threads'][0]['voluntary_releases']
                        small = np.arange(499) * 1.0
                        big = np.arange(500) * 1.0
                        before = releases()
                        for i in range(100):
                            small = small + 1.0
                        after_small = releases()
                        big = big + 1.0
                        after_big = releases()
                        total = big.sum()
                        after_sum = releases()
                        print(after_small - before, after_big - after_small, after_sum - after_big)
                        """;
        MpyRunner.Result r = run(program, Map.of());
        assertEquals(0, r.status(), r.toString());
        assertEquals("0 1 1\n", r.stdout(), r.toString());
    }
}
