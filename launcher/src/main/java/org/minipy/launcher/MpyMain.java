package org.minipy.launcher;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * The {@code mpy} command: parses a CPython-like command line, creates one polyglot {@link Context} for the
 * {@code minipy} language and runs a script, a {@code -c} command, a {@code -m} module, a program on stdin, or a REPL.
 *
 * <p>Contract with the language: it prints tracebacks and syntax errors itself and ends the context with
 * {@code closeExited(status)}, so here that arrives as a {@link PolyglotException} with {@code isExit()}. Any other
 * {@link PolyglotException} is a fault inside MiniPy and is reported as one {@code SystemError:} line (the full stack
 * with {@code MPY_DEBUG=1}). In the REPL (interactive sources), a guest exception that the language throws back after
 * printing its traceback does not end the session.
 */
public final class MpyMain {
    static final String LANGUAGE = "minipy";
    static final String MINIPY_VERSION = "0.1.0";
    static final String PYTHON_VERSION = "3.11.7";
    static final String PROG = "mpy";
    static final String USAGE_LINE = "usage: mpy [option] ... [-c cmd | -m mod | file | -] [arg] ...";
    /** Stack size of the thread that runs guest code: deep recursion must end in RecursionError, not a JVM overflow. */
    static final long GUEST_STACK_BYTES = 1L << 30;

    /** Thrown for command-line mistakes: printed with the usage hint, status 2. */
    static final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }

    enum Mode {
        SCRIPT, COMMAND, MODULE, STDIN, REPL
    }

    /** The parsed command line. */
    static final class Options {
        Mode mode;
        String program; // script path, -c code, or -m module name
        final List<String> programArgs = new ArrayList<>();
        boolean inspect; // -i
        boolean unbuffered; // -u
        boolean quiet; // -q
        int optimize; // -O, -OO
        boolean version;
        boolean help;
        final List<String> xOptions = new ArrayList<>();
        final Map<String, String> polyglotOptions = new LinkedHashMap<>();
    }

    private MpyMain() {
    }

    public static void main(String[] args) {
        StderrHandOver.restoreInBackground();
        System.setErr(new PrintStream(StderrHandOver.stderrStream(), true, System.err.charset()));
        // Guest code runs on a thread with a big stack; the JVM exits with the guest's status from that thread.
        int[] status = {0};
        Thread runner = new Thread(null, () -> status[0] = run(args), "MainThread", GUEST_STACK_BYTES);
        runner.start();
        boolean interrupted = false;
        while (true) {
            try {
                runner.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        System.out.flush();
        System.err.flush();
        System.exit(status[0]);
    }

    /** Runs the whole command and returns the process exit status. */
    static int run(String[] args) {
        Options options;
        try {
            options = parse(args, System.getenv());
        } catch (UsageError e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE_LINE);
            System.err.println("Try `mpy -h' for more information.");
            return 2;
        }
        if (options.help) {
            System.out.print(helpText());
            System.out.flush();
            return 0;
        }
        if (options.version) {
            System.out.println(versionLine());
            System.out.flush();
            return 0;
        }
        return new MpyMain().execute(options);
    }

    static String versionLine() {
        return "MiniPy " + MINIPY_VERSION + " (Python " + PYTHON_VERSION + ")";
    }

    // ------------------------------------------------------------------------------------------------------------
    // Command line

    static Options parse(String[] args, Map<String, String> env) throws UsageError {
        Options o = new Options();
        int i = 0;
        argLoop: while (i < args.length) {
            String arg = args[i];
            if (arg.equals("-")) {
                o.mode = Mode.STDIN;
                o.program = "-";
                i++;
                break;
            }
            if (arg.equals("--")) {
                i++;
                break;
            }
            if (arg.startsWith("--")) {
                parseLongOption(o, arg);
                i++;
                continue;
            }
            if (!arg.startsWith("-")) {
                break;
            }
            // A group of one-letter flags, like CPython: "-iu", "-ccode", "-c code", "-Xgil=off".
            for (int j = 1; j < arg.length(); j++) {
                char c = arg.charAt(j);
                switch (c) {
                    case 'c', 'm', 'X', 'W' -> {
                        String value;
                        if (j + 1 < arg.length()) {
                            value = arg.substring(j + 1);
                        } else if (i + 1 < args.length) {
                            value = args[++i];
                        } else {
                            throw new UsageError("Argument expected for the -" + c + " option");
                        }
                        i++;
                        if (c == 'c') {
                            o.mode = Mode.COMMAND;
                            o.program = value;
                            break argLoop;
                        } else if (c == 'm') {
                            o.mode = Mode.MODULE;
                            o.program = value;
                            break argLoop;
                        } else if (c == 'X') {
                            o.xOptions.add(value);
                        } // -W: warning filters are accepted and ignored
                        continue argLoop;
                    }
                    case 'i' -> o.inspect = true;
                    case 'u' -> o.unbuffered = true;
                    case 'q' -> o.quiet = true;
                    case 'O' -> o.optimize++;
                    case 'V' -> o.version = true;
                    case 'h', '?' -> o.help = true;
                    // Accepted for compatibility, no effect in MiniPy.
                    case 'B', 'E', 's', 'S', 'I', 'P', 'd', 'v', 'b' -> {
                    }
                    default -> throw new UsageError(PROG + ": unknown option -" + c);
                }
            }
            i++;
        }
        if (o.help || o.version) {
            return o;
        }
        if (o.mode == null && i < args.length) {
            if (args[i].equals("-")) {
                o.mode = Mode.STDIN;
            } else {
                o.mode = Mode.SCRIPT;
            }
            o.program = args[i];
            i++;
        }
        for (; i < args.length; i++) {
            o.programArgs.add(args[i]);
        }
        if (o.mode == null) {
            o.mode = stdinIsTerminal() ? Mode.REPL : Mode.STDIN;
            if (o.mode == Mode.STDIN) {
                o.program = "";
            }
        }
        String unbuffered = env.get("PYTHONUNBUFFERED");
        if (unbuffered != null && !unbuffered.isEmpty()) {
            o.unbuffered = true;
        }
        return o;
    }

    private static void parseLongOption(Options o, String arg) throws UsageError {
        String body = arg.substring(2);
        String name = body;
        String value = null;
        int eq = body.indexOf('=');
        if (eq >= 0) {
            name = body.substring(0, eq);
            value = body.substring(eq + 1);
        }
        switch (name) {
            case "version" -> o.version = true;
            case "help" -> o.help = true;
            case "inspect" -> o.polyglotOptions.put("inspect", value == null ? "true" : value);
            case "cpusampler" -> o.polyglotOptions.put("cpusampler", value == null ? "true" : value);
            default -> {
                // Truffle options pass through: --engine.TraceCompilation, --cpusampler.Output=json, --inspect.Path=...
                if (name.indexOf('.') > 0) {
                    o.polyglotOptions.put(name, value == null ? "true" : value);
                } else {
                    throw new UsageError(PROG + ": unknown option " + arg);
                }
            }
        }
    }

    /** The {@code mpy} script passes {@code -Dminipy.stdin.tty=true|false} from {@code [ -t 0 ]}. */
    static boolean stdinIsTerminal() {
        String hint = System.getProperty("minipy.stdin.tty");
        if (hint != null) {
            return Boolean.parseBoolean(hint);
        }
        return consoleIsTerminal();
    }

    static boolean stdoutIsTerminal() {
        String hint = System.getProperty("minipy.stdout.tty");
        if (hint != null) {
            return Boolean.parseBoolean(hint);
        }
        return consoleIsTerminal();
    }

    private static boolean consoleIsTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try { // JDK 22+: System.console() may exist without a terminal
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    static String helpText() {
        return USAGE_LINE + "\n" +
                        "Options (like CPython's):\n" +
                        "-c cmd : program passed in as string (terminates option list)\n" +
                        "-h     : print this help message and exit (also -? or --help)\n" +
                        "-i     : inspect interactively after running script\n" +
                        "-m mod : run library module as a script (terminates option list);\n" +
                        "         looks for mod.mpy or mod/__main__.mpy in the current directory and on MPYPATH\n" +
                        "-q     : don't print version messages on interactive startup\n" +
                        "-u     : force the stdout and stderr streams to be unbuffered (also PYTHONUNBUFFERED=x)\n" +
                        "-V     : print the MiniPy and Python version number and exit (also --version)\n" +
                        "-X opt : implementation-specific option, passed to the language:\n" +
                        "         -X gil=cpython|legacy|fair|off   choose the GIL design (also MPY_GIL)\n" +
                        "         -X gilstats                      print per-thread GIL statistics at exit\n" +
                        "         -X giltrace=FILE                 write a Chrome trace of GIL spans to FILE\n" +
                        "-B -E -s -S -I -O -P -d -v -b, -W arg : accepted for compatibility, no effect\n" +
                        "--inspect[=[host:]port] : debug with Chrome DevTools\n" +
                        "--cpusampler            : print a CPU sampling profile at exit\n" +
                        "--<group>.<option>[=value] : a Truffle option, e.g. --engine.TraceCompilation\n" +
                        "file   : program read from script file (.mpy)\n" +
                        "-      : program read from stdin (default; interactive mode if a tty)\n" +
                        "arg ...: arguments passed to program in sys.argv[1:]\n" +
                        "\n" +
                        "Environment variables:\n" +
                        "MPYPATH         : ':'-separated list of directories searched for .mpy modules\n" +
                        "MPY_GIL         : the GIL design, as -X gil=\n" +
                        "MPY_DEBUG=1     : print full Java stack traces for faults inside MiniPy\n" +
                        "PYTHONUNBUFFERED: as -u\n";
    }

    // ------------------------------------------------------------------------------------------------------------
    // Running

    private final boolean debug = "1".equals(System.getenv("MPY_DEBUG"));
    private OutputStream out;
    private OutputStream err;

    int execute(Options o) {
        Source source;
        List<String> argv = new ArrayList<>();
        try {
            switch (o.mode) {
                case SCRIPT -> {
                    source = scriptSource(o.program);
                    if (source == null) {
                        return 2;
                    }
                    argv.add(o.program);
                }
                case COMMAND -> {
                    source = Source.newBuilder(LANGUAGE, o.program, "<string>").build();
                    argv.add("-c");
                }
                case MODULE -> {
                    Path module = findModule(o.program);
                    if (module == null) {
                        System.err.println(PROG + ": No module named " + o.program);
                        return 1;
                    }
                    source = Source.newBuilder(LANGUAGE, module.toFile()).name(module.toString()).build();
                    argv.add(module.toString());
                }
                case STDIN -> {
                    byte[] program = readAll(System.in);
                    source = Source.newBuilder(LANGUAGE, new String(program, StandardCharsets.UTF_8), "<stdin>").build();
                    argv.add(o.program == null ? "" : o.program);
                }
                case REPL -> {
                    source = null;
                    argv.add("");
                }
                default -> throw new IllegalStateException();
            }
        } catch (IOException e) {
            System.err.println(PROG + ": can't open file '" + absolute(o.program) + "': [Errno 5] " + e.getMessage());
            return 2;
        }
        argv.addAll(o.programArgs);

        boolean unbufferedOut = o.unbuffered || stdoutIsTerminal();
        out = unbufferedOut ? new FileOutputStream(FileDescriptor.out) : new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        err = StderrHandOver.stderrStream();

        Context context;
        try {
            context = buildContext(o, argv.toArray(new String[0]));
        } catch (IllegalArgumentException e) {
            // A bad --group.option or option value.
            System.err.println(PROG + ": " + e.getMessage());
            return 2;
        } catch (PolyglotException e) {
            return reportOutcome(e, false);
        } catch (Throwable t) {
            return internalError(t);
        }
        try {
            warnIfInterpreterOnly(context);
            int status = 0;
            if (source != null) {
                try {
                    context.eval(source);
                } catch (PolyglotException e) {
                    status = reportOutcome(e, false);
                    if (e.isExit() || !o.inspect) {
                        return status;
                    }
                }
            }
            if (source == null || o.inspect) {
                return repl(context, o, source == null);
            }
            return close(context);
        } catch (Throwable t) {
            return internalError(t);
        } finally {
            flushQuietly(out);
            flushQuietly(err);
        }
    }

    private Context buildContext(Options o, String[] argv) {
        Context.Builder builder = Context.newBuilder(LANGUAGE)
                        .arguments(LANGUAGE, argv)
                        .allowAllAccess(true)
                        .out(out)
                        .err(err)
                        .in(System.in)
                        .option("engine.WarnInterpreterOnly", "false");
        if (!o.xOptions.isEmpty()) {
            // -X options reach the language as an environment variable (the language declares no option for them):
            // entries "name" or "name=value" separated by newlines, in command-line order.
            builder.environment("MPY_XOPTIONS", String.join("\n", o.xOptions));
        }
        if (o.optimize > 0) {
            builder.environment("PYTHONOPTIMIZE", Integer.toString(o.optimize));
        }
        if (o.unbuffered) {
            builder.environment("PYTHONUNBUFFERED", "1");
        }
        if (o.inspect && o.mode != Mode.REPL) {
            builder.environment("MPY_INSPECT", "1"); // the program's end leads into the REPL, not the exit
        }
        if (o.mode == Mode.MODULE || o.mode == Mode.SCRIPT && new File(o.program).isDirectory()) {
            // CPython runs these through runpy, whose frames its tracebacks show (MainRootNode.runpyFrames)
            builder.environment("MPY_MAIN_KIND", o.mode == Mode.MODULE ? "module" : "directory");
        }
        if (o.mode == Mode.MODULE) {
            // the package __main__ belongs to: "pkg" for -m pkg (pkg/__main__.mpy) and -m pkg.mod, "" for -m mod
            Path module = findModule(o.program);
            boolean packageMain = module != null && module.getFileName().toString().equals("__main__.mpy") &&
                            !o.program.endsWith("__main__");
            int dot = o.program.lastIndexOf('.');
            builder.environment("MPY_MAIN_PACKAGE", packageMain ? o.program : dot < 0 ? "" : o.program.substring(0, dot));
        }
        for (Map.Entry<String, String> e : o.polyglotOptions.entrySet()) {
            builder.option(e.getKey(), e.getValue());
        }
        return builder.build();
    }

    private static void warnIfInterpreterOnly(Context context) {
        String name = context.getEngine().getImplementationName();
        if (name == null || name.contains("Interpreted") || name.contains("Fallback")) {
            System.err.println(PROG + ": warning: running without the JIT compiler (needs JDK 25.0.3+ with JVMCI); expect slow execution");
        }
    }

    private int close(Context context) {
        try {
            context.close();
            return 0;
        } catch (PolyglotException e) {
            return reportOutcome(e, false);
        }
    }

    /** Turns the outcome of an evaluation into an exit status, printing only what the language did not print. */
    private int reportOutcome(PolyglotException e, boolean interactive) {
        if (e.isExit()) {
            return e.getExitStatus();
        }
        if (interactive && e.isGuestException() && !e.isInternalError()) {
            return 1; // the language has printed the traceback; the REPL goes on
        }
        if (e.isCancelled() || e.isInterrupted()) {
            flushQuietly(out);
            System.err.println("KeyboardInterrupt");
            return 130;
        }
        return internalError(e);
    }

    private int internalError(Throwable t) {
        flushQuietly(out);
        if (debug) {
            t.printStackTrace();
            if (t instanceof PolyglotException pe && pe.isHostException()) {
                pe.asHostException().printStackTrace();
            }
        } else {
            String message = t.getMessage();
            if (message == null || message.isEmpty()) {
                message = t.getClass().getName();
            }
            message = message.strip().replace('\n', ' ');
            System.err.println("SystemError: " + message + " (this is a bug in MiniPy; please report it)");
        }
        System.err.flush();
        return 1;
    }

    /** A source for a script file, or {@code null} after printing CPython's message (status 2). */
    private static Source scriptSource(String program) throws IOException {
        File file = new File(program);
        String path = program;
        if (file.isDirectory()) {
            File main = new File(file, "__main__.mpy");
            if (!main.isFile()) {
                System.err.println(PROG + ": can't find '__main__' module in '" + absolute(program) + "'");
                return null;
            }
            file = main;
            path = program + (program.endsWith(File.separator) ? "" : File.separator) + "__main__.mpy";
        }
        if (!file.exists()) {
            System.err.println(PROG + ": can't open file '" + absolute(program) + "': [Errno 2] No such file or directory");
            return null;
        }
        if (!Files.isReadable(file.toPath())) {
            System.err.println(PROG + ": can't open file '" + absolute(program) + "': [Errno 13] Permission denied");
            return null;
        }
        // Since 3.9 CPython makes the script's path absolute for __file__ and tracebacks (sys.argv[0] stays as given).
        return Source.newBuilder(LANGUAGE, file).name(absolute(path)).build();
    }

    /** CPython's _Py_abspath: the working directory joined to a relative path, without normalising it. */
    private static String absolute(String program) {
        if (program.startsWith(File.separator)) {
            return program;
        }
        String cwd = Paths.get("").toAbsolutePath().toString();
        return cwd.endsWith(File.separator) ? cwd + program : cwd + File.separator + program;
    }

    /** {@code -m a.b}: {@code a/b.mpy} or {@code a/b/__main__.mpy} in the current directory, then on MPYPATH. */
    static Path findModule(String name) {
        List<Path> roots = new ArrayList<>();
        roots.add(Paths.get("").toAbsolutePath());
        String mpyPath = System.getenv("MPYPATH");
        if (mpyPath != null) {
            for (String entry : mpyPath.split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    roots.add(Paths.get(entry).toAbsolutePath());
                }
            }
        }
        String relative = name.replace('.', File.separatorChar);
        for (Path root : roots) {
            Path file = root.resolve(relative + ".mpy");
            if (Files.isRegularFile(file)) {
                return file.normalize();
            }
            Path main = root.resolve(relative).resolve("__main__.mpy");
            if (Files.isRegularFile(main)) {
                return main.normalize();
            }
        }
        return null;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        in.transferTo(buffer);
        return buffer.toByteArray();
    }

    private static void flushQuietly(OutputStream stream) {
        if (stream != null) {
            try {
                stream.flush();
            } catch (IOException e) {
                // nothing sensible to do: stdout is gone
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // REPL

    /**
     * A line REPL: {@code >>> } and {@code ... } prompts on stderr, multi-line blocks ended by an empty line. Each
     * complete input is evaluated as an interactive source named {@code <stdin>} in the same context; the language
     * keeps {@code __main__}'s globals between inputs and echoes the repr of a non-None expression statement.
     */
    private int repl(Context context, Options o, boolean banner) throws IOException {
        PrintStream prompts = System.err;
        if (banner && !o.quiet) {
            prompts.println("MiniPy " + MINIPY_VERSION + " (Python " + PYTHON_VERSION + ") on Truffle");
            prompts.println("Type Ctrl-D (end of file) to exit.");
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (true) {
            flushQuietly(out);
            prompts.print(">>> ");
            prompts.flush();
            String line = reader.readLine();
            if (line == null) {
                prompts.println();
                return close(context);
            }
            if (line.isBlank()) {
                continue;
            }
            StringBuilder input = new StringBuilder(line).append('\n');
            if (needsMoreInput(line, input) || startsCompoundStatement(line)) {
                // a one-line compound statement ("for x in y: f(x)") may still get an else or more clauses
                boolean block = line.stripTrailing().endsWith(":") || startsCompoundStatement(line);
                while (true) {
                    prompts.print("... ");
                    prompts.flush();
                    String more = reader.readLine();
                    if (more == null) {
                        prompts.println();
                        break;
                    }
                    if (more.isBlank() && (block || !needsMoreInput(more, input))) {
                        break;
                    }
                    input.append(more).append('\n');
                    if (more.stripTrailing().endsWith(":")) {
                        block = true;
                    }
                    if (!block && !needsMoreInput(more, input)) {
                        break;
                    }
                }
            }
            try {
                context.eval(Source.newBuilder(LANGUAGE, input.toString(), "<stdin>").interactive(true).build());
            } catch (PolyglotException e) {
                if (e.isExit()) {
                    return e.getExitStatus();
                }
                if (!e.isGuestException() || e.isInternalError()) {
                    reportOutcome(e, true);
                }
            }
        }
    }

    private static final java.util.regex.Pattern COMPOUND = java.util.regex.Pattern.compile(
                    "^(if|elif|else|for|while|try|except|finally|with|def|class|async)\\b.*:.*|^@.*");

    /** Whether a first line opens a compound statement, even with its body on the same line. */
    static boolean startsCompoundStatement(String line) {
        return COMPOUND.matcher(line).matches();
    }

    /** Whether an input so far is incomplete: a block header, a trailing backslash, open brackets or strings. */
    static boolean needsMoreInput(String lastLine, CharSequence input) {
        String trimmed = lastLine.stripTrailing();
        if (trimmed.endsWith(":") || trimmed.endsWith("\\")) {
            return true;
        }
        int depth = 0;
        String s = input.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '#') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '\'' || c == '"') {
                boolean triple = s.startsWith(String.valueOf(c).repeat(3), i);
                String close = triple ? String.valueOf(c).repeat(3) : String.valueOf(c);
                i += close.length();
                boolean closed = false;
                while (i < s.length()) {
                    char d = s.charAt(i);
                    if (d == '\\') {
                        i += 2;
                        continue;
                    }
                    if (!triple && d == '\n') {
                        closed = true; // an unterminated one-line string is the parser's error to report
                        break;
                    }
                    if (s.startsWith(close, i)) {
                        i += close.length() - 1;
                        closed = true;
                        break;
                    }
                    i++;
                }
                if (!closed) {
                    return true;
                }
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
        }
        return depth > 0;
    }
}
