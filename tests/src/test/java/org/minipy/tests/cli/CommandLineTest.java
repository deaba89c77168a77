package org.minipy.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code ./mpy} script as a child process from the repository root, as a user would (SPEC §7, §8).
 * The build must exist already ({@code ./test} builds first); {@code MPY_NO_BUILD=1} keeps a test from building.
 */
public class CommandLineTest {
    static final Path ROOT = Paths.get("").toAbsolutePath();
    static final Path MPY = ROOT.resolve("mpy");
    static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path temp;

    record Result(int status, String stdout, String stderr) {
        String lastErrLine() {
            String[] lines = stderr.split("\\R");
            for (int i = lines.length - 1; i >= 0; i--) {
                if (!lines[i].isBlank()) {
                    return lines[i].stripTrailing();
                }
            }
            return "";
        }

        @Override
        public String toString() {
            return "status " + status + "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
        }
    }

    @BeforeAll
    static void scriptExists() {
        assertTrue(Files.isExecutable(MPY), "no executable mpy script at " + MPY + " (tests must run from the repository root)");
    }

    static Result mpy(Path workDir, String stdin, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(MPY.toString());
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        pb.environment().put("MPY_NO_BUILD", "1");
        pb.environment().remove("MPYPATH");
        pb.environment().putAll(env);
        if (stdin == null) {
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        }
        Process process = pb.start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        if (stdin != null) {
            try (OutputStream in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("mpy " + String.join(" ", args) + " did not finish within " + TIMEOUT_SECONDS + " s");
        }
        return new Result(process.exitValue(), new String(out.join(), StandardCharsets.UTF_8), new String(err.join(), StandardCharsets.UTF_8));
    }

    Result mpy(String... args) throws IOException, InterruptedException {
        return mpy(ROOT, null, Map.of(), args);
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private Path write(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static void assertNoJavaStack(Result r) {
        assertFalse(r.stderr().contains("\tat ") || r.stderr().contains("Exception in thread"), "a Java stack trace leaked:\n" + r);
    }

    /** Whether scripts/jdk.sh decides that this mpy command line runs a numpy program (one that gets the Vector API). */
    private static boolean usesNumpy(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", "MPY_ROOT=\"$0\"; . \"$0/scripts/jdk.sh\"; mpy_program_uses_numpy \"$@\"", ROOT.toString()));
        command.addAll(Arrays.asList(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor() == 0;
    }

    @Test
    void vectorApiOnlyForProgramsThatUseNumpy() throws Exception {
        String numpyScript = write("np_prog.mpy", "import numpy as np\nprint(np.ones(3).sum())\n").toString();
        String plainScript = write("plain.mpy", "print('numbers')\n").toString();
        assertTrue(usesNumpy(numpyScript));
        assertTrue(usesNumpy("-u", "-X", "gilstats", numpyScript, "arg"));
        assertTrue(usesNumpy("-c", "import numpy; print(1)"));
        assertFalse(usesNumpy(plainScript, "numpy"));
        assertFalse(usesNumpy("-c", "print(2)", "numpy"));
        assertFalse(usesNumpy("-m", "numpy"));
        assertFalse(usesNumpy("-X", numpyScript, plainScript));
        assertFalse(usesNumpy());
        // either way the JVM's start-up lines (incubator warning, compiler directives) stay off the program's stderr
        for (String script : List.of(numpyScript, plainScript)) {
            Result r = mpy(ROOT, null, Map.of(), script);
            assertEquals(0, r.status(), r.toString());
            assertEquals("", r.stderr(), r.toString());
        }
    }

    @Test
    void command() throws Exception {
        Result r = mpy("-c", "print(1+2)");
        assertEquals("3\n", r.stdout(), r.toString());
        assertEquals(0, r.status(), r.toString());
    }

    @Test
    void commandArguments() throws Exception {
        Result r = mpy("-c", "import sys; print(sys.argv)", "a", "b c");
        assertEquals("['-c', 'a', 'b c']\n", r.stdout(), r.toString());
        assertEquals(0, r.status(), r.toString());
    }

    @Test
    void scriptWithArguments() throws Exception {
        Path script = write("show_argv.mpy", "import sys\nprint(sys.argv)\nprint(len(sys.argv))\n");
        Result r = mpy(script.toString(), "one", "two words", "-x");
        assertEquals("['" + script + "', 'one', 'two words', '-x']\n4\n", r.stdout(), r.toString());
        assertEquals(0, r.status(), r.toString());
    }

    @Test
    void programOnStdin() throws Exception {
        Result r = mpy(ROOT, "x = 20\nprint(x + 1)\nprint('from stdin')\n", Map.of());
        assertEquals("21\nfrom stdin\n", r.stdout(), r.toString());
        assertEquals(0, r.status(), r.toString());
    }

    /**
     * Standard input is read a block at a time, as CPython's buffered reader does: the GIL is released for the reads
     * that can block, not once per line (5,000 lines arrive in a few blocks of 8,192 characters).
     */
    @Test
    void stdinLinesAreReadFromABuffer() throws Exception {
        Path script = write("count_lines.mpy", "import sys, gil\nn = sum(1 for line in sys.stdin)\n"
                        + "print(n, gil.stats()['total']['voluntary_releases'] < 50)\n");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            lines.append("line ").append(i).append('\n');
        }
        Result r = mpy(ROOT, lines.toString(), Map.of(), script.toString());
        assertEquals("5000 True\n", r.stdout(), r.toString());
        assertEquals(0, r.status(), r.toString());
    }

    @Test
    void programOnStdinWithDash() throws Exception {
        Result r = mpy(ROOT, "import sys\nprint(sys.argv)\n", Map.of(), "-", "arg");
        assertEquals("['-', 'arg']\n", r.stdout(), r.toString());
        assertEquals(0, r.status(), r.toString());
    }

    /** -O drops assert statements and makes __debug__ False; -OO also drops docstrings (as CPython). */
    @Test
    void optimizeLevels() throws Exception {
        String code = "def f():\n    '''doc'''\n    assert False, 'boom'\n    return 'ran'\n"
                        + "import sys\nprint(f(), f.__doc__, __debug__, sys.flags.optimize)\n";
        Path script = write("optimize.mpy", code);
        Result plain = mpy(script.toString());
        assertEquals(1, plain.status(), plain.toString());
        assertTrue(plain.stderr().contains("AssertionError: boom"), plain.toString());
        Result o = mpy("-O", script.toString());
        assertEquals("ran doc False 1\n", o.stdout(), o.toString());
        Result oo = mpy("-OO", script.toString());
        assertEquals("ran None False 2\n", oo.stdout(), oo.toString());
    }

    @Test
    void version() throws Exception {
        for (String option : new String[]{"-V", "--version"}) {
            Result r = mpy(option);
            assertEquals(0, r.status(), r.toString());
            assertTrue(r.stdout().matches("MiniPy \\S+ \\(Python 3\\.11\\.\\d+\\)\n"), r.toString());
        }
    }

    @Test
    void help() throws Exception {
        Result r = mpy("-h");
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.stdout().startsWith("usage: mpy "), r.toString());
        for (String option : new String[]{"-c cmd", "-m mod", "-i", "-u", "-V", "-X", "--inspect", "--cpusampler"}) {
            assertTrue(r.stdout().contains(option), "help should mention " + option + "\n" + r);
        }
    }

    @Test
    void missingScript() throws Exception {
        Result r = mpy("no_such_script.mpy");
        assertEquals(2, r.status(), r.toString());
        assertEquals("mpy: can't open file '" + ROOT.resolve("no_such_script.mpy") + "': [Errno 2] No such file or directory", r.lastErrLine(), r.toString());
        assertEquals("", r.stdout());
    }

    @Test
    void unknownOption() throws Exception {
        Result r = mpy("-Q", "x.mpy");
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.stderr().contains("unknown option -Q"), r.toString());
        assertTrue(r.stderr().contains("usage: mpy"), r.toString());
    }

    @Test
    void missingOptionArgument() throws Exception {
        Result r = mpy("-c");
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.stderr().contains("Argument expected for the -c option"), r.toString());
    }

    @Test
    void uncaughtException() throws Exception {
        Path script = write("boom.mpy", "def inner():\n    raise ValueError('boom')\n\ndef outer():\n    inner()\n\nprint('before')\nouter()\n");
        Result r = mpy(script.toString());
        assertEquals(1, r.status(), r.toString());
        assertEquals("before\n", r.stdout(), r.toString());
        assertTrue(r.stderr().contains("Traceback (most recent call last):\n"), r.toString());
        assertTrue(r.stderr().contains(", line 2, in inner\n"), r.toString());
        assertEquals("ValueError: boom", r.lastErrLine(), r.toString());
        assertNoJavaStack(r);
    }

    @Test
    void syntaxError() throws Exception {
        Path script = write("bad_syntax.mpy", "print('never printed')\nx = (1 +\nprint(x)\n");
        Result r = mpy(script.toString());
        assertEquals(1, r.status(), r.toString());
        assertEquals("", r.stdout(), r.toString());
        assertTrue(r.lastErrLine().startsWith("SyntaxError: "), r.toString());
        assertNoJavaStack(r);
    }

    /**
     * As CPython 3.9+: a script's __file__ and traceback path are absolute (the working directory joined to the
     * path as given), sys.argv[0] is the path as given; -m and a directory run through runpy, whose frames come first.
     */
    @Test
    void mainScriptPaths() throws Exception {
        write("pathy.mpy", "import sys\nprint(__file__)\nprint(sys.argv[0])\nx = 1 + None\n");
        Result r = mpy(temp, null, Map.of(), "./pathy.mpy");
        assertEquals(1, r.status(), r.toString());
        String file = temp + "/./pathy.mpy";
        assertEquals(file + "\n./pathy.mpy\n", r.stdout(), r.toString());
        assertEquals("Traceback (most recent call last):\n  File \"" + file + "\", line 4, in <module>\n    x = 1 + None\n"
                        + "        ~~^~~~~~\nTypeError: unsupported operand type(s) for +: 'int' and 'NoneType'\n", r.stderr(), r.toString());
        r = mpy(temp, null, Map.of(), "-m", "pathy");
        assertEquals(1, r.status(), r.toString());
        assertEquals(temp + "/pathy.mpy\n" + temp + "/pathy.mpy\n", r.stdout(), r.toString());
        assertTrue(r.stderr().startsWith("Traceback (most recent call last):\n  File \"<frozen runpy>\", line 198, in _run_module_as_main\n"
                        + "  File \"<frozen runpy>\", line 88, in _run_code\n  File \"" + temp + "/pathy.mpy\", line 4, in <module>\n"), r.toString());
    }

    @Test
    void syntaxErrorInCommand() throws Exception {
        Result r = mpy("-c", "if True print(1)");
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.lastErrLine().startsWith("SyntaxError: "), r.toString());
        assertNoJavaStack(r);
    }

    @Test
    void systemExitStatus() throws Exception {
        Path script = write("exit3.mpy", "import sys\nprint('bye')\nsys.exit(3)\nprint('not reached')\n");
        Result r = mpy(script.toString());
        assertEquals(3, r.status(), r.toString());
        assertEquals("bye\n", r.stdout(), r.toString());
    }

    @Test
    void systemExitMessage() throws Exception {
        Result r = mpy("-c", "import sys; sys.exit('fatal: stop')");
        assertEquals(1, r.status(), r.toString());
        assertEquals("fatal: stop", r.lastErrLine(), r.toString());
    }

    @Test
    void moduleInCurrentDirectory() throws Exception {
        write("hello_mod.mpy", "import sys\nprint('hello from', __name__)\nprint(sys.argv[1:])\n");
        Result r = mpy(temp, null, Map.of(), "-m", "hello_mod", "x", "y");
        assertEquals("hello from __main__\n['x', 'y']\n", r.stdout(), r.toString());
        assertEquals(0, r.status(), r.toString());
    }

    @Test
    void moduleOnMpyPath() throws Exception {
        write("lib/pkg_main/__main__.mpy", "print('package main', __name__)\n");
        Result r = mpy(ROOT, null, Map.of("MPYPATH", temp.resolve("lib").toString()), "-m", "pkg_main");
        assertEquals("package main __main__\n", r.stdout(), r.toString());
        assertEquals(0, r.status(), r.toString());
    }

    /** As runpy: -m pkg and -m pkg.mod import the package first, and relative imports in __main__ resolve against it. */
    @Test
    void moduleInPackageWithRelativeImports() throws Exception {
        write("app/__init__.mpy", "print('init', __name__)\n");
        write("app/helper.mpy", "def f():\n    return 'helper ' + __name__\n");
        write("app/__main__.mpy", "from .helper import f\nprint('main', __name__, __package__, f())\n");
        write("app/cli.mpy", "from . import helper\nprint('cli', __name__, __package__, helper.f())\n");
        Result r = mpy(temp, null, Map.of(), "-m", "app");
        assertEquals("init app\nmain __main__ app helper app.helper\n", r.stdout(), r.toString());
        r = mpy(temp, null, Map.of(), "-m", "app.cli");
        assertEquals("init app\ncli __main__ app helper app.helper\n", r.stdout(), r.toString());
        assertEquals(0, r.status(), r.toString());
    }

    /**
     * -i: after the program (also after an uncaught exception or SystemExit, whose traceback is printed) the REPL
     * reads the rest of stdin in the program's namespace; only the display hook shows values (no "None" echoes).
     */
    @Test
    void inspectAfterProgram() throws Exception {
        Result r = mpy(temp, "x + 1\nprint('hi')\ny = [1,\n 2]\ny\nNone\n", Map.of(), "-i", "-c", "x = 41");
        assertEquals("42\nhi\n[1, 2]\n", r.stdout(), r.toString());
        assertEquals(0, r.status(), r.toString());
        r = mpy(temp, "x\n", Map.of(), "-i", "-c", "import sys\nx = 5\nsys.exit(3)");
        assertEquals("5\n", r.stdout(), r.toString());
        assertTrue(r.stderr().contains("SystemExit: 3\n>>> "), r.toString());
        assertEquals(0, r.status(), r.toString());
        r = mpy(temp, "for i in range(2): print(i)\n\n  bad\ni\n", Map.of(), "-i", "-c", "pass");
        assertEquals("0\n1\n1\n", r.stdout(), r.toString());
        assertEquals(1, r.stderr().split("IndentationError: unexpected indent", -1).length - 1, r.toString());
        r = mpy(temp, "x\n", Map.of(), "-i", "-c", "x = 6\n1/0");
        assertEquals("6\n", r.stdout(), r.toString());
        assertTrue(r.stderr().contains("ZeroDivisionError: division by zero\n>>> "), r.toString());
    }

    @Test
    void programOnStdinHasFileName() throws Exception {
        Result r = mpy(temp, "import sys\nprint(__file__, sys.argv)\n", Map.of(), "-", "a");
        assertEquals("<stdin> ['-', 'a']\n", r.stdout(), r.toString());
    }

    /** PEP 263: a BOM is dropped, a coding declaration is honoured, bytes that are not UTF-8 are a SyntaxError. */
    @Test
    void sourceEncodings() throws Exception {
        Path bom = temp.resolve("bom.mpy");
        java.nio.file.Files.write(bom, new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'p', 'r', 'i', 'n', 't', '(', '1', ')', '\n'});
        Result r = mpy(temp, null, Map.of(), "bom.mpy");
        assertEquals("1\n", r.stdout(), r.toString());
        Path latin = temp.resolve("latin.mpy");
        java.nio.file.Files.write(latin, "# -*- coding: latin-1 -*-\nprint('caf\u00e9', len('\u00e9'))\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        r = mpy(temp, null, Map.of(), "latin.mpy");
        assertEquals("caf\u00e9 1\n", r.stdout(), r.toString());
        Path bad = temp.resolve("bad.mpy");
        java.nio.file.Files.write(bad, "x = 1\nprint('caf\u00e9')\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        r = mpy(temp, null, Map.of(), "bad.mpy");
        assertEquals(1, r.status(), r.toString());
        assertEquals("", r.stdout(), r.toString());
        assertEquals("SyntaxError: Non-UTF-8 code starting with '\\xe9' in file " + bad + " on line 2, but no encoding declared; "
                        + "see https://peps.python.org/pep-0263/ for details\n", r.stderr(), r.toString());
    }

    @Test
    void missingModule() throws Exception {
        Result r = mpy(temp, null, Map.of(), "-m", "no_such_module");
        assertEquals(1, r.status(), r.toString());
        assertEquals("mpy: No module named no_such_module", r.lastErrLine(), r.toString());
    }

    @Test
    void unbufferedOutputInterleaves() throws Exception {
        Result r = mpy("-u", "-c", "import sys\nprint('out')\nprint('err', file=sys.stderr)\n");
        assertEquals("out\n", r.stdout(), r.toString());
        assertEquals("err", r.lastErrLine(), r.toString());
        assertEquals(0, r.status(), r.toString());
    }
}
