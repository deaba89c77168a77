package org.minipy.numba;

import org.minipy.runtime.PythonCode;
import org.minipy.runtime.PythonContext;

/**
 * Why {@link NopythonChecker} refused a function, and the message numba would print for it: the pipeline step,
 * what was found, and numba's source excerpt (the {@code def} line, {@code <source elided>} when the offending line is
 * further down, the line before it, the line itself and a caret under its indentation), as numba's
 * {@code Loc.strformat} lays it out, so that MiniPy's last stderr line matches numba's.
 *
 * @param errorClass the class in {@code numba.core.errors}: TypingError, UnsupportedError or CompilerError
 * @param step       numba's pipeline step, e.g. "nopython frontend"
 * @param detail     what was refused, in numba's words
 * @param line       the source line to show, or 0 for no excerpt
 * @param trailer    text after the excerpt (the argument list of an argument-typing failure), or ""
 */
record Refusal(String errorClass, String step, String detail, int line, String trailer) {
    static final String FRONTEND = "nopython frontend";
    static final String BYTECODE = "analyzing bytecode";

    static Refusal typing(String detail, int line) {
        return new Refusal("TypingError", FRONTEND, detail, line, "");
    }

    /** A construct that real numba accepts but MiniPy's subset (SPEC §6) does not: named, in numba's style. */
    static Refusal unsupportedHere(String construct, int line) {
        return typing("Use of unsupported construct (" + construct + ") found: MiniPy compiles only numbers, bools, arrays, " +
                        "tuples, if/while/for-range and calls of math, numpy and compiled functions", line);
    }

    String message(PythonCode code) {
        StringBuilder sb = new StringBuilder();
        sb.append("Failed in nopython mode pipeline (step: ").append(step).append(")\n").append(detail);
        if (line > 0) {
            sb.append("\n\n").append(excerpt(code, line, !trailer.isEmpty()));
        }
        sb.append(trailer);
        return sb.toString();
    }

    /** numba's {@code Loc.strformat(nlines_up=2)}. */
    private static String excerpt(PythonCode code, int line, boolean argumentTyping) {
        String[] lines = code.getSource() == null ? new String[0] : code.getSource().getCharacters().toString().split("\n", -1);
        StringBuilder sb = new StringBuilder();
        sb.append("File \"").append(relativePath(code.getFilename())).append("\", line ").append(line).append(":\n");
        if (line > lines.length) {
            return sb.toString();
        }
        int from = Math.max(0, line - 2);
        boolean defFound = false;
        for (int i = from; i < line; i++) {
            defFound |= lines[i].contains("def ");
        }
        if (!defFound) {
            for (int i = line - 2; i >= 0; i--) {
                if (lines[i].contains("def ")) {
                    sb.append(lines[i]).append('\n');
                    sb.append(" ".repeat(4 + spaces(lines[i]))).append("<source elided>\n");
                    break;
                }
            }
        }
        for (int i = from; i < line; i++) {
            sb.append(lines[i]).append('\n');
        }
        sb.append(" ".repeat(spaces(lines[line - 1]))).append('^').append(argumentTyping ? " \n" : "\n");
        return sb.toString();
    }

    private static int spaces(String s) {
        return s.length() - s.stripLeading().length();
    }

    /** The file name as numba shows it: relative to the working directory ({@code os.path.relpath}). */
    static String relativePath(String filename) {
        try {
            com.oracle.truffle.api.TruffleLanguage.Env env = PythonContext.get().getEnv();
            com.oracle.truffle.api.TruffleFile file = env.getPublicTruffleFile(filename).getAbsoluteFile().normalize();
            com.oracle.truffle.api.TruffleFile cwd = env.getCurrentWorkingDirectory();
            if (file.startsWith(cwd)) {
                return cwd.relativize(file).getPath();
            }
            return file.getPath();
        } catch (RuntimeException e) {
            return filename;
        }
    }

    /** The absolute file name (numba's "During: typing of argument at ..."). */
    static String absolutePath(String filename) {
        try {
            return PythonContext.get().getEnv().getPublicTruffleFile(filename).getAbsoluteFile().normalize().getPath();
        } catch (RuntimeException e) {
            return filename;
        }
    }
}
