package org.minipy.tests.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.minipy.modules.SysModule;
import org.minipy.modules.TimeModule;
import org.minipy.runtime.Errors;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PException;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PIterator;
import org.minipy.runtime.PList;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PRange;
import org.minipy.runtime.PythonContext;
import org.minipy.runtime.Repr;
import org.minipy.runtime.TextIO;

/**
 * The builtin functions and the sys and time modules against CPython 3.11. Each line of builtin_calls.txt (written
 * by {@code tests/src/test/python/gen_builtin_calls.py} under CPython, which recorded the expected values) is a
 * small program in the subset {@link MiniEvaluator} understands, its result (repr, or the exception and its
 * message) and what it printed. The programs run inside a real MiniPy context, so print, input, open and sys work as
 * in a script; programs that read standard input get a fresh context each.
 */
class BuiltinCallsTest {
    private static final String STDIN = "first line\nsecond\n";

    private static Path tmp;
    private static Interpreter shared;

    /** A MiniPy context entered on this thread, with captured stdout, its sys and time modules. */
    private static final class Interpreter implements AutoCloseable {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final Context context;
        final Map<String, Object> variables = new HashMap<>();

        Interpreter() {
            context = Context.newBuilder("minipy").out(out).err(new ByteArrayOutputStream())
                            .in(new ByteArrayInputStream(STDIN.getBytes(StandardCharsets.UTF_8))).allowAllAccess(true).build();
            context.initialize("minipy");
            context.enter();
            PythonContext python = PythonContext.get();
            PModule sys = SysModule.install(python, new String[]{"test.mpy"});
            variables.put("sys", sys);
            variables.put("time", TimeModule.create());
            variables.put("P", tmp.toString() + "/");
            // Stand-ins for the list and range classes, whose constructors are written elsewhere.
            variables.put("list", PBuiltinFunction.create("list(iterable, /)", a -> new PList(Iteration.toArray(a[0]))));
            variables.put("range", PBuiltinFunction.create("range(a, b=?, step=1, /)", a -> a[1] == PBuiltinFunction.MISSING
                            ? new PRange(0, (Long) a[0], 1) : new PRange((Long) a[0], (Long) a[1], (Long) a[2])));
        }

        String takeOutput() {
            PythonContext.get().getOut().flush();
            String s = out.toString(StandardCharsets.UTF_8);
            out.reset();
            return s;
        }

        @Override
        public void close() {
            context.leave();
            context.close();
        }
    }

    @BeforeAll
    static void setUp() throws IOException {
        tmp = Files.createTempDirectory("minipy-builtins");
        shared = new Interpreter();
    }

    @AfterAll
    static void tearDown() throws IOException {
        shared.close();
        try (Stream<Path> files = Files.walk(tmp)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static Stream<String> cases() throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                        BuiltinCallsTest.class.getResourceAsStream("builtin_calls.txt"), StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank()).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesCPython(String line) {
        String[] parts = line.split("\t");
        String program = parts[0];
        String expected = parts[1];
        String expectedOutput = parts[2];
        boolean readsStdin = program.contains("input(") || program.contains("stdin");
        String[] result;
        if (readsStdin) {
            Interpreter fresh = new Interpreter();
            try {
                result = run(fresh, program);
            } finally {
                fresh.close();
            }
        } else {
            result = run(shared, program);
        }
        assertEquals(expected, result[0], program);
        assertEquals(expectedOutput, result[1], program + " (stdout)");
    }

    /** Runs the program; returns the normalised result text and the repr of what it wrote to stdout. */
    private static String[] run(Interpreter interpreter, String program) {
        MiniEvaluator evaluator = new MiniEvaluator(interpreter.variables, PythonContext.get().getBuiltins());
        String text;
        try {
            Object result = null;
            for (String statement : program.split(" ;; ")) {
                result = evaluator.statement(statement);
            }
            if (result instanceof PIterator && !(result instanceof TextIO)) {
                result = new PList(Iteration.toArray(result));
            }
            text = Repr.repr(result);
        } catch (PException e) {
            text = "!" + e.getPythonClass().getName() + ": " + Errors.messageOf(e.getPythonException());
        }
        String output = interpreter.takeOutput();
        String p = tmp.toString() + "/";
        return new String[]{text.replace(p, "<P>/"), Repr.repr(output.replace(p, "<P>/"))};
    }
}
