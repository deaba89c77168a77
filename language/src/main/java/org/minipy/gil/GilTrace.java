package org.minipy.gil;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code -X giltrace=FILE}: records, per thread, when it held the GIL, when it waited for it and when it had
 * released it (around a blocking call, or after a drop request), and writes them at exit as a Chrome trace-event
 * JSON file (open it in https://ui.perfetto.dev or chrome://tracing): one row per thread, named as in Python.
 */
public final class GilTrace {
    /** One span: which thread, what it was doing, from when to when (System.nanoTime). */
    private record Span(GilThread thread, String what, long start, long end) {
    }

    private final List<Span> spans = new ArrayList<>();
    private final long origin = System.nanoTime();

    synchronized void span(GilThread t, String what, long start, long end) {
        if (end > start) {
            spans.add(new Span(t, what, start, end));
        }
    }

    /** Writes the trace; answers an error message, or null. */
    public String write(String file, List<GilThread> threads) {
        List<Span> copy;
        synchronized (this) {
            copy = new ArrayList<>(spans);
        }
        try (Writer w = Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8)) {
            w.write("{\"displayTimeUnit\": \"ms\", \"traceEvents\": [\n");
            boolean first = true;
            for (GilThread t : threads) {
                w.write((first ? "" : ",\n") + "{\"name\": \"thread_name\", \"ph\": \"M\", \"pid\": 1, \"tid\": " + tid(t) +
                                ", \"args\": {\"name\": \"" + escape(t.name) + "\"}}");
                first = false;
            }
            for (Span s : copy) {
                w.write((first ? "" : ",\n") + String.format(java.util.Locale.ROOT,
                                "{\"name\": \"%s\", \"cat\": \"gil\", \"ph\": \"X\", \"pid\": 1, \"tid\": %d, \"ts\": %.3f, \"dur\": %.3f}",
                                s.what(), tid(s.thread()), (s.start() - origin) / 1e3, (s.end() - s.start()) / 1e3));
                first = false;
            }
            w.write("\n]}\n");
            return null;
        } catch (IOException | RuntimeException e) {
            return "mpy: cannot write the GIL trace to " + file + ": " + e.getMessage();
        }
    }

    private static long tid(GilThread t) {
        return t.nativeId != 0 ? t.nativeId : t.thread.threadId();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
