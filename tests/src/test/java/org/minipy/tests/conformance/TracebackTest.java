package org.minipy.tests.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whole-stderr fidelity (the conformance suite compares only the last stderr line): each program
 * {@code tracebacks/<name>.mpy} ends in an uncaught exception or an exit, and MiniPy's entire stderr must equal
 * {@code <name>.err}, which CPython 3.11 printed ({@code tests/tools/regen-tracebacks.sh}): the traceback entries,
 * their source lines and position markers ({@code ~~^~~}), chained exceptions, notes. Paths are compared without
 * the program's directory and object addresses as {@code 0x...}. The exit status must equal {@code <name>.status}.
 */
public class TracebackTest {
    static final Path ROOT = Paths.get("tests/src/test/resources/tracebacks");

    @TestFactory
    Stream<DynamicTest> tracebacks() throws IOException {
        Path root = ROOT.toAbsolutePath();
        assertTrue(Files.isDirectory(root), "no tracebacks directory at " + root + " (tests must run from the repository root)");
        List<Path> programs;
        try (Stream<Path> files = Files.list(root)) {
            programs = files.filter(p -> p.getFileName().toString().endsWith(".mpy"))
                            .filter(p -> !p.getFileName().toString().startsWith("_"))
                            .sorted()
                            .toList();
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), p.toUri(), () -> check(p)));
    }

    private static void check(Path program) throws IOException {
        String base = program.getFileName().toString().replaceFirst("\\.mpy$", "");
        Path dir = program.getParent();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = 0;
        Context context = ConformanceTest.programContext(dir, program.getFileName().toString(), out, err);
        try {
            // named as the launcher names a script: its absolute path
            Source source = Source.newBuilder("minipy", program.toFile()).name(program.toString()).build();
            try {
                context.eval(source);
            } catch (PolyglotException e) {
                if (!e.isExit()) {
                    throw e;
                }
                status = e.getExitStatus();
            }
        } finally {
            try {
                context.close();
            } catch (PolyglotException e) {
                if (!e.isExit()) {
                    throw e;
                }
                status = e.getExitStatus();
            }
        }
        String expected = normalize(Files.readString(dir.resolve(base + ".err")), dir);
        String actual = normalize(err.toString(StandardCharsets.UTF_8), dir);
        assertEquals(expected, actual, "whole stderr of " + base);
        assertEquals(Files.readString(dir.resolve(base + ".status")).strip(), Integer.toString(status), "exit status");
    }

    private static String normalize(String stderr, Path dir) {
        return stderr.replace(dir + "/", "").replaceAll(" at 0x[0-9a-f]+>", " at 0x...>");
    }
}
