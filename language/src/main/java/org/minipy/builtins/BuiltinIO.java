package org.minipy.builtins;

import org.minipy.runtime.Attributes;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.Errors;
import org.minipy.runtime.Iteration;
import org.minipy.runtime.PBinaryFile;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PFile;
import org.minipy.runtime.PException;
import org.minipy.runtime.PList;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTextStream;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.PythonContext;
import org.minipy.runtime.Repr;
import org.minipy.runtime.Sequences;
import org.minipy.runtime.TextIO;
import org.minipy.runtime.Truth;
import org.minipy.runtime.TypeOf;

import com.oracle.truffle.api.TruffleFile;

/**
 * Input and output: {@code print}, {@code input} and {@code open}, and the methods of text files
 * ({@link PFile}) and of the standard streams ({@link PTextStream}), which share one set of Python methods through
 * {@link TextIO}. {@code print} and {@code input} go through {@code sys.stdout} / {@code sys.stdin}, so a program that
 * replaces them (with any object that has {@code write}) is obeyed; with no {@code sys} module yet they use the
 * context's streams directly.
 */
final class BuiltinIO {
    private BuiltinIO() {
    }

    static void install(PModule builtins) {
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("print(*args, sep=None, end=None, file=None, flush=False)",
                        a -> print((PTuple) a[0], a[1], a[2], a[3], a[4])));
        BuiltinFunctions.add(builtins, PBuiltinFunction.create("input(prompt='', /)", a -> input(a[0])));
        BuiltinFunctions.add(builtins, PBuiltinFunction.create(
                        "open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)",
                        a -> open(a[0], a[1], a[2], a[3], a[4], a[5])));
    }

    /** The methods of text files and of the standard streams; once per JVM. */
    static void installClasses() {
        for (PythonClass cls : new PythonClass[]{BuiltinTypes.FILE, PTextStream.CLASS}) {
            Install.method(cls, "read(self, size=-1, /)", a -> {
                if (a[1] != PNone.NONE && !ListMethods.isIndexable(a[1])) {
                    throw Errors.typeError("argument should be integer or None, not '%s'", TypeOf.nameOf(a[1]));
                }
                return io(a[0]).read(size(a[1]));
            });
            Install.method(cls, "readline(self, size=-1, /)", a -> io(a[0]).readline(size(a[1])));
            Install.method(cls, "readlines(self, hint=-1, /)", a -> {
                TextIO f = io(a[0]);
                long hint = size(a[1]);
                PList lines = new PList();
                long total = 0;
                String line;
                while (!(line = f.readline(-1)).isEmpty()) {
                    lines.append(line);
                    total += line.length();
                    if (hint > 0 && total > hint) {
                        break;
                    }
                }
                return lines;
            });
            Install.method(cls, "write(self, text, /)", a -> {
                if (!(a[1] instanceof String s)) {
                    throw Errors.typeError("write() argument must be str, not %s", Errors.argumentTypeName(a[1]));
                }
                return io(a[0]).write(s);
            });
            Install.method(cls, "writelines(self, lines, /)", a -> {
                TextIO f = io(a[0]);
                Object it = Iteration.getIter(a[1]);
                Object line;
                while ((line = Iteration.nextOrNull(it)) != null) {
                    if (!(line instanceof String s)) {
                        throw Errors.typeError("write() argument must be str, not %s", Errors.argumentTypeName(line));
                    }
                    f.write(s);
                }
                return PNone.NONE;
            });
            Install.method(cls, "flush(self)", a -> {
                io(a[0]).flush();
                return PNone.NONE;
            });
            Install.method(cls, "close(self)", a -> {
                io(a[0]).close();
                return PNone.NONE;
            });
            Install.method(cls, "readable(self)", a -> io(a[0]).isReadable());
            Install.method(cls, "writable(self)", a -> io(a[0]).isWritable());
            Install.method(cls, "seekable(self)", a -> io(a[0]).isSeekable());
            Install.method(cls, "seek(self, cookie, whence=0, /)", a -> io(a[0]).seek(BuiltinFunctions.indexAsLong(a[1]),
                            BuiltinFunctions.indexAsLong(a[2])));
            Install.method(cls, "tell(self)", a -> io(a[0]).tell());
            Install.method(cls, "truncate(self, pos=None, /)", a -> io(a[0]).truncate(size(a[1])));
            Install.method(cls, "isatty(self)", a -> false);
            Install.method(cls, "__enter__(self)", a -> {
                checkOpen(io(a[0]));
                return a[0];
            });
            Install.method(cls, "__exit__(self, *args)", a -> {
                io(a[0]).close();
                return PNone.NONE;
            });
            Install.method(cls, "__iter__(self)", a -> {
                checkOpen(io(a[0]));
                return a[0];
            });
            Install.method(cls, "__next__(self)", a -> {
                checkOpen(io(a[0]));
                return Iteration.next(a[0]);
            });
            Install.getSet(cls, "closed", self -> ((TextIO) self).isClosed(), null);
            Install.getSet(cls, "name", self -> ((TextIO) self).getName(), null);
            Install.getSet(cls, "mode", self -> ((TextIO) self).getMode(), null);
            Install.getSet(cls, "encoding", self -> ((TextIO) self).getEncoding(), null);
            Install.method(cls, "__repr__(self)", a -> {
                TextIO f = io(a[0]);
                return "<_io.TextIOWrapper name=" + Repr.repr(f.getName()) + " mode=" + Repr.repr(f.getMode()) + " encoding=" +
                                Repr.repr(f.getEncoding()) + ">";
            });
            Install.getSet(cls, "newlines", self -> ((TextIO) self).getNewlines(), null);
        }
        BinaryFileMethods.installClasses();
        Install.method(PTextStream.CLASS, "fileno(self)", a -> (long) ((PTextStream) a[0]).getKind().fileno);
    }

    private static TextIO io(Object self) {
        if (self instanceof TextIO t) {
            return t;
        }
        throw Errors.typeError("descriptor requires a '_io.TextIOWrapper' object but received a '%s'", TypeOf.nameOf(self));
    }

    private static void checkOpen(TextIO f) {
        if (f.isClosed()) {
            throw Errors.valueError("I/O operation on closed file.");
        }
    }

    private static long size(Object size) {
        return size == PNone.NONE ? -1 : BuiltinFunctions.indexAsLong(size);
    }

    /** {@code sys.<name>} of the current interpreter, or null when there is no sys module (yet) or no such attribute. */
    private static Object sysStream(PythonContext context, String name) {
        PModule sys = context.getSys();
        return sys == null ? null : sys.getGlobal(name);
    }

    /**
     * print(): writes {@code str()} of each value, separated by {@code sep} and followed by {@code end}, to
     * {@code file} (default {@code sys.stdout}). Values of builtin types are joined and written at once; when a user
     * class is involved each piece is written as soon as it is converted, so output made by a {@code __str__} lands
     * where CPython puts it.
     */
    static Object print(PTuple values, Object sepArg, Object endArg, Object file, Object flush) {
        String sep = textArgument(sepArg, " ", "sep");
        String end = textArgument(endArg, "\n", "end");
        PythonContext context = null;
        Object target = file;
        if (target == PNone.NONE) {
            context = PythonContext.get();
            target = sysStream(context, "stdout");
            if (target == PNone.NONE) {
                return PNone.NONE;
            }
        }
        Object[] items = values.getItems();
        if (target == null || target instanceof TextIO && allBuiltin(items)) {
            StringBuilder sb = new StringBuilder();
            try {
                for (int i = 0; i < items.length; i++) {
                    if (i > 0) {
                        sb.append(sep);
                    }
                    sb.append(Repr.str(items[i]));
                }
            } catch (PException e) {
                // CPython writes each item as it goes: what came before the failing one is already out.
                if (target == null) {
                    context.getOut().print(sb);
                } else {
                    ((TextIO) target).write(sb.toString());
                }
                throw e;
            }
            sb.append(end);
            if (target == null) {
                context.getOut().print(sb);
                if (Truth.isTrue(flush)) {
                    context.getOut().flush();
                }
                return PNone.NONE;
            }
            ((TextIO) target).write(sb.toString());
        } else {
            Object write = Attributes.getAttribute(target, "write");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    Calls.call(write, new Object[]{sep});
                }
                Calls.call(write, new Object[]{Repr.str(items[i])});
            }
            Calls.call(write, new Object[]{end});
        }
        if (Truth.isTrue(flush)) {
            Calls.callMethod(target, "flush");
        }
        return PNone.NONE;
    }

    private static String textArgument(Object value, String dflt, String name) {
        if (value == PNone.NONE) {
            return dflt;
        } else if (org.minipy.runtime.PSubclassValue.unwrap(value) instanceof String s) {
            return s;
        }
        throw Errors.typeError("%s must be None or a string, not %s", name, TypeOf.nameOf(value));
    }

    private static boolean allBuiltin(Object[] items) {
        for (Object item : items) {
            if (!TypeOf.classOf(item).isBuiltin()) {
                return false;
            }
        }
        return true;
    }

    /** input(prompt): writes the prompt to sys.stdout, reads a line from sys.stdin without its newline; EOFError at the end. */
    static Object input(Object prompt) {
        PythonContext context = PythonContext.get();
        Object err = sysStream(context, "stderr");
        if (err instanceof TextIO e) {
            e.flush();
        }
        Object out = sysStream(context, "stdout");
        String text = Repr.str(prompt);
        if (out == null) {
            context.getOut().print(text);
            context.getOut().flush();
        } else if (out != PNone.NONE) {
            if (!text.isEmpty()) {
                Calls.callMethod(out, "write", text);
            }
            Calls.callMethod(out, "flush");
        }
        Object in = sysStream(context, "stdin");
        String line;
        if (in == null || in instanceof PTextStream) {
            PTextStream stdin = in == null ? new PTextStream(context, PTextStream.Kind.STDIN) : (PTextStream) in;
            line = stdin.readLineForInput();
        } else {
            Object r = Calls.callMethod(in, "readline");
            if (!(r instanceof String s)) {
                throw Errors.typeError("object.readline() returned non-string");
            }
            line = s.isEmpty() ? null : s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        }
        if (line == null) {
            throw Errors.raise(BuiltinTypes.EOF_ERROR, "EOF when reading a line");
        }
        return line;
    }

    /** open(file, mode, buffering, encoding, errors, newline): a {@link PFile} in text mode, a {@link PBinaryFile} in binary mode. */
    static Object open(Object file, Object mode, Object buffering, Object encoding, Object errors, Object newline) {
        if (!(file instanceof String path)) {
            if (file instanceof Long || file instanceof Boolean) {
                throw Errors.notImplementedError("open() of a file descriptor is not supported by MiniPy");
            }
            throw Errors.typeError("expected str, bytes or os.PathLike object, not %s", TypeOf.nameOf(file));
        }
        if (!(mode instanceof String m)) {
            throw Errors.typeError("open() argument 'mode' must be str, not %s", Errors.argumentTypeName(mode));
        }
        // the argument parser checks every argument's type before open() looks at any of them
        Sequences.asIndex(buffering, "buffering");
        String enc = optionalString(encoding, "encoding");
        String err = optionalString(errors, "errors");
        String nl = optionalString(newline, "newline");
        PFile.checkMode(m, enc, err, nl);
        if (path.isEmpty() || path.indexOf('\0') >= 0) {
            if (path.isEmpty()) {
                throw org.minipy.runtime.OsErrors.fileNotFound(path);
            }
            throw Errors.valueError("embedded null byte");
        }
        TruffleFile truffleFile = PythonContext.get().getEnv().getPublicTruffleFile(path);
        if (m.indexOf('b') >= 0) {
            return PBinaryFile.open(truffleFile, path, m);
        }
        return PFile.open(truffleFile, path, m, enc, err, nl);
    }

    private static String optionalString(Object value, String name) {
        if (value == PNone.NONE) {
            return null;
        } else if (value instanceof String s) {
            return s;
        }
        throw Errors.typeError("open() argument '%s' must be str or None, not %s", name, Errors.argumentTypeName(value));
    }
}
