package org.minipy.tests.gil;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program with the real {@code ./mpy} as a child process (so the JIT, the launcher and the GIL are as users
 * get them), for the GIL suites: {@link GilPropertyTest}, {@link NjitGilTest}, {@link NumpyGilTest}. No stdin; a
 * program that does not finish within {@link #TIMEOUT_SECONDS} fails the test as a hang.
 */
final class MpyRunner {
    static final Path ROOT = Paths.get("").toAbsolutePath();
    static final Path MPY = ROOT.resolve("mpy");
    static final long TIMEOUT_SECONDS = 120;

    private MpyRunner() {
    }

    record Result(int status, String stdout, String stderr) {
        @Override
        public String toString() {
            return "status " + status + "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
        }
    }

    /** Writes {@code program} to {@code dir/prog.mpy} and runs {@code ./mpy options... prog.mpy} in {@code dir}. */
    static Result run(Path dir, String program, Map<String, String> env, String... options) throws IOException, InterruptedException {
        Path script = dir.resolve("prog.mpy");
        Files.writeString(script, program);
        List<String> command = new ArrayList<>();
        command.add(MPY.toString());
        command.addAll(List.of(options));
        command.add(script.toString());
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("MPY_NO_BUILD", "1");
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process = pb.start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("program did not finish within " + TIMEOUT_SECONDS + " s (a hang):\n" + program);
        }
        return new Result(process.exitValue(), new String(out.join(), StandardCharsets.UTF_8), new String(err.join(), StandardCharsets.UTF_8));
    }

    static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
