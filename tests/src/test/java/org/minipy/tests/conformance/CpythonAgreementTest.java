package org.minipy.tests.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Checks that the committed expectations of the conformance corpus still agree with CPython 3.11.
 *
 * <p>Every program {@code tests/src/test/resources/conformance/<area>/<name>.mpy} (except the {@code _}-prefixed
 * helper modules and everything under {@code refused/}) is run under {@code python3} exactly as
 * {@code tests/tools/regen-expected.sh} runs it: working directory = the program's directory, no stdin,
 * {@code PYTHONHASHSEED=0}, UTF-8 I/O, no bytecode files, and {@code tests/tools/cpython-site} on
 * {@code PYTHONPATH} (its {@code sitecustomize.py} lets CPython import the {@code .mpy} helper modules). Its stdout
 * must equal {@code <name>.out} byte for byte; its exit status must equal {@code <name>.status} (0 when absent);
 * for a non-zero status the last non-empty stderr line must equal {@code <name>.err}.
 *
 * <p>When {@code python3} is not on the PATH, or is not 3.11, the CPython check is skipped (never failed).
 * Programs under {@code numpy/} and {@code numba/} import those packages, so they run under the first CPython 3.11
 * that can import the package: {@code -Dminipy.numpyPython=...}, then {@code /usr/bin/python3} (Debian's, with
 * numpy 1.24 — the reference — and numba), then {@code python3}; without one they are skipped, never failed.
 * Tests run with the repository root as the working directory.
 */
class CpythonAgreementTest {

    private static final String CONFORMANCE = "tests/src/test/resources/conformance";
    private static final String SITE = "tests/tools/cpython-site";
    /** The CPython to compare with: {@code -Dminipy.python=...}, default {@code python3} from the PATH. */
    private static final String PYTHON = System.getProperty("minipy.python", "python3");
    /** Preferred CPython for the numpy/ and numba/ programs (see the class comment). */
    private static final String NUMPY_PYTHON = System.getProperty("minipy.numpyPython", "");
    /** Areas whose programs import the package of the same name. */
    private static final List<String> PACKAGE_AREAS = List.of("numpy", "numba");
    private static final Map<String, String> PACKAGE_PYTHONS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int THREADS = 2;
    private static final long PROGRAM_TIMEOUT_SECONDS = 60;

    /** The layout must be complete whether or not CPython is available. */
    @Test
    void everyProgramHasItsExpectationFiles() throws IOException {
        Path root = conformanceRoot();
        List<String> problems = new ArrayList<>();
        for (Path program : programs(root, true)) {
            String stem = stem(program);
            Path dir = program.getParent();
            if (!Files.isRegularFile(dir.resolve(stem + ".out"))) {
                problems.add(rel(root, program) + ": missing " + stem + ".out");
            }
            boolean hasStatus = Files.isRegularFile(dir.resolve(stem + ".status"));
            boolean hasErr = Files.isRegularFile(dir.resolve(stem + ".err"));
            if (hasStatus != hasErr) {
                problems.add(rel(root, program) + ": .status and .err must come together");
            }
            if (isRefused(root, program) && !hasStatus) {
                problems.add(rel(root, program) + ": refused programs need a hand-written .status and .err");
            }
        }
        // expectation files whose program is gone
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                String name = f.getFileName().toString();
                for (String ext : new String[] {".out", ".status", ".err"}) {
                    if (name.endsWith(ext)) {
                        String stem = name.substring(0, name.length() - ext.length());
                        if (!Files.isRegularFile(f.resolveSibling(stem + ".mpy"))) {
                            problems.add(rel(root, f) + ": no program " + stem + ".mpy beside it");
                        }
                    }
                }
            }
        }
        Collections.sort(problems);
        if (!problems.isEmpty()) {
            fail("incomplete conformance layout:\n  " + String.join("\n  ", problems));
        }
    }

    @Test
    void expectationsAgreeWithCpython() throws Exception {
        String version = pythonVersion();
        assumeTrue(version != null, PYTHON + " is not on the PATH: CPython agreement check skipped");
        assumeTrue("3.11".equals(version),
                PYTHON + " is " + version + ", expectations come from 3.11: CPython agreement check skipped");

        Path root = conformanceRoot();
        Path site = Paths.get(SITE).toAbsolutePath();
        assertTrue(Files.isDirectory(site), "missing " + site);
        List<Path> programs = programs(root, false);
        assertTrue(programs.size() > 0, "no conformance programs under " + root);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "cpython-agreement");
            t.setDaemon(true);
            return t;
        });
        List<String> stale = new ArrayList<>();
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (Path p : programs) {
                futures.add(pool.submit(() -> check(root, site, p)));
            }
            for (Future<List<String>> f : futures) {
                stale.addAll(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        Collections.sort(stale);
        if (!stale.isEmpty()) {
            fail(stale.size() + " stale expectation(s) among " + programs.size()
                + " programs (regenerate with tests/tools/regen-expected.sh):\n  " + String.join("\n  ", stale));
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private static List<String> check(Path root, Path site, Path program) throws Exception {
        String stem = stem(program);
        Path dir = program.getParent();
        String name = rel(root, program);
        List<String> problems = new ArrayList<>();
        String python = PYTHON;
        String area = name.contains("/") ? name.substring(0, name.indexOf('/')) : "";
        if (PACKAGE_AREAS.contains(area)) {
            python = pythonWithPackage(area);
            if (python.isEmpty()) {
                return problems; // no CPython 3.11 with this package: skipped, not failed
            }
        }
        Result r = runCpython(python, site, program);
        if (r == null) {
            problems.add(name + ": timed out after " + PROGRAM_TIMEOUT_SECONDS + " s under CPython");
            return problems;
        }
        Path out = dir.resolve(stem + ".out");
        if (!Files.isRegularFile(out)) {
            problems.add(name + ": missing " + stem + ".out");
        } else if (!Arrays.equals(Files.readAllBytes(out), r.stdout)) {
            problems.add(name + ": stdout differs from " + stem + ".out");
        }
        Path statusFile = dir.resolve(stem + ".status");
        int expectedStatus = Files.isRegularFile(statusFile)
                ? Integer.parseInt(Files.readString(statusFile, StandardCharsets.UTF_8).trim())
                : 0;
        if (r.status != expectedStatus) {
            problems.add(name + ": exit status " + r.status + ", expected " + expectedStatus);
        }
        Path errFile = dir.resolve(stem + ".err");
        if (r.status != 0) {
            if (!Files.isRegularFile(errFile)) {
                problems.add(name + ": missing " + stem + ".err");
            } else {
                String expectedErr = stripNewlines(Files.readString(errFile, StandardCharsets.UTF_8));
                if (!expectedErr.equals(r.lastErrLine)) {
                    problems.add(name + ": last stderr line '" + r.lastErrLine + "', expected '" + expectedErr + "'");
                }
            }
        } else if (Files.exists(errFile)) {
            problems.add(name + ": stale " + stem + ".err (the program exits 0)");
        }
        return problems;
    }

    private record Result(byte[] stdout, int status, String lastErrLine) {
    }

    /** Runs one program like regen-expected.sh does; null on timeout. */
    private static Result runCpython(String python, Path site, Path program) throws IOException, InterruptedException {
        File outFile = File.createTempFile("cpython-out", ".txt");
        File errFile = File.createTempFile("cpython-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(python, program.getFileName().toString());
            pb.directory(program.getParent().toFile());
            Map<String, String> env = pb.environment();
            String path = env.get("PATH");
            String home = env.get("HOME");
            env.clear();
            if (path != null) {
                env.put("PATH", path);
            }
            if (home != null) {
                env.put("HOME", home);
            }
            env.put("LC_ALL", "C.UTF-8");
            env.put("PYTHONHASHSEED", "0");
            env.put("PYTHONDONTWRITEBYTECODE", "1");
            env.put("PYTHONIOENCODING", "utf-8");
            env.put("PYTHONUTF8", "1");
            env.put("PYTHONPATH", site.toString());
            pb.redirectInput(ProcessBuilder.Redirect.PIPE);
            pb.redirectOutput(outFile);
            pb.redirectError(errFile);
            Process p = pb.start();
            p.getOutputStream().close(); // no stdin
            if (!p.waitFor(PROGRAM_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor();
                return null;
            }
            byte[] stdout = Files.readAllBytes(outFile.toPath());
            String stderr = Files.readString(errFile.toPath(), StandardCharsets.UTF_8);
            return new Result(stdout, p.exitValue(), lastNonEmptyLine(stderr));
        } finally {
            outFile.delete();
            errFile.delete();
        }
    }

    /** The first CPython 3.11 that can import {@code module}, or "" when there is none (asked once per module). */
    private static String pythonWithPackage(String module) {
        return PACKAGE_PYTHONS.computeIfAbsent(module, m -> {
            for (String candidate : new String[] {NUMPY_PYTHON, "/usr/bin/python3", PYTHON}) {
                if (!candidate.isEmpty() && "3.11".equals(pythonVersion(candidate, "import " + m + "; "))) {
                    return candidate;
                }
            }
            return "";
        });
    }

    /** "3.11" etc., or null when python3 cannot be run. */
    private static String pythonVersion() {
        return pythonVersion(PYTHON, "");
    }

    /** The version of {@code python} after running {@code prelude} (an import), or null when that fails. */
    private static String pythonVersion(String python, String prelude) {
        try {
            Process p = new ProcessBuilder(python, "-c", prelude + "import sys; print('%d.%d' % sys.version_info[:2])")
                    .redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static Path conformanceRoot() {
        Path p = Paths.get(CONFORMANCE);
        if (!Files.isDirectory(p)) {
            // tolerate being run from tests/ instead of the repository root
            Path alt = Paths.get("src/test/resources/conformance");
            if (Files.isDirectory(alt)) {
                return alt.toAbsolutePath();
            }
        }
        assertTrue(Files.isDirectory(p), "no " + CONFORMANCE + " under " + Paths.get("").toAbsolutePath());
        return p.toAbsolutePath();
    }

    /** Programs in a stable order; refused/ only when asked. */
    private static List<Path> programs(Path root, boolean includeRefused) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".mpy"))
                    .filter(f -> !f.getFileName().toString().startsWith("_"))
                    .filter(f -> includeRefused || !isRefused(root, f))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static boolean isRefused(Path root, Path program) {
        Path r = root.relativize(program);
        return r.getNameCount() > 1 && r.getName(0).toString().equals("refused");
    }

    private static String stem(Path program) {
        String n = program.getFileName().toString();
        return n.substring(0, n.length() - ".mpy".length());
    }

    private static String rel(Path root, Path p) {
        return root.relativize(p).toString().replace(File.separatorChar, '/');
    }

    static String lastNonEmptyLine(String text) {
        String[] lines = text.split("\r?\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i];
            }
        }
        return "";
    }

    private static String stripNewlines(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
            end--;
        }
        return s.substring(0, end);
    }
}
