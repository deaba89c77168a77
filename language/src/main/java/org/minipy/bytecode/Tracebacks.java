package org.minipy.bytecode;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import org.minipy.runtime.Attributes;
import org.minipy.runtime.BuiltinTypes;
import org.minipy.runtime.Errors;
import org.minipy.runtime.ExceptionGroups;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PException;
import org.minipy.runtime.PTraceback;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.PythonCode;
import org.minipy.runtime.Repr;

/**
 * Prints an uncaught exception the way CPython does: the chain of causes and contexts first, then for each exception
 * "Traceback (most recent call last):", one {@code File "...", line N, in name} entry per guest frame with its source
 * line and position markers ({@link TracebackCarets}), the {@code Type: message} line and any notes. The frames are
 * those the interpreter recorded as the exception unwound ({@link PException#getTraceback()}); the line and columns
 * of each are the innermost source section of the instruction that was running (the compiler gives every expression
 * its own).
 */
public final class Tracebacks {
    private Tracebacks() {
    }

    /** One traceback entry; {@code markers} is the caret line under the source line, or null. */
    public record Entry(String filename, int line, String name, String sourceLine, String markers) {
    }

    @TruffleBoundary
    public static void print(PBaseException exception, PrintStream err) {
        print(exception, err, List.of());
    }

    /**
     * With {@code outerFrames}: entry lines of frames outside the program that the uncaught exception went through
     * (CPython's {@code <frozen runpy>} frames under {@code -m}), printed first in its traceback.
     */
    @TruffleBoundary
    public static void print(PBaseException exception, PrintStream err, List<String> outerFrames) {
        StringBuilder sb = new StringBuilder();
        format(exception, sb, Collections.newSetFromMap(new IdentityHashMap<>()), true);
        if (!outerFrames.isEmpty()) {
            // the uncaught exception's own traceback is the last one printed
            String header = "Traceback (most recent call last):\n";
            int at = sb.lastIndexOf(header);
            String lines = String.join("\n", outerFrames) + "\n";
            if (at >= 0) {
                sb.insert(at + header.length(), lines);
            } else {
                sb.insert(0, header + lines);
            }
        }
        err.print(sb);
        err.flush();
    }

    /**
     * The text the traceback module makes of an exception: with {@code chain}, its causes and contexts first; with
     * {@code entries} false, only what follows the entries ({@code format_exception_only}).
     */
    @TruffleBoundary
    public static String format(PBaseException exception, boolean chain, boolean entries) {
        StringBuilder sb = new StringBuilder();
        if (entries) {
            format(exception, sb, chain ? Collections.newSetFromMap(new IdentityHashMap<>()) : null, true);
        } else {
            formatExceptionOnly(exception, sb);
        }
        return sb.toString();
    }

    /**
     * What CPython's default {@code sys.unraisablehook} prints for an exception nothing can catch (one raised while a
     * generator is finalized): its traceback and line, without the chain of causes and contexts.
     */
    @TruffleBoundary
    public static void printUnraisable(String where, PBaseException exception, PrintStream err, boolean sourceLines) {
        StringBuilder sb = new StringBuilder("Exception ignored in: ").append(where).append('\n');
        format(exception, sb, null, sourceLines);
        err.print(sb);
        err.flush();
    }

    /**
     * Where the text goes while one exception (and its chain, and an exception group's members) is formatted: inside
     * a group every line is indented by the nesting depth and carries a margin ({@code "| "}), as CPython prints it.
     */
    private static final class Printer {
        final StringBuilder sb;
        /** The exceptions already printed as a cause or context, or null when chains are not printed. */
        final java.util.Set<PBaseException> seen;
        final boolean sourceLines;
        int groupDepth;
        boolean needClose;

        Printer(StringBuilder sb, java.util.Set<PBaseException> seen, boolean sourceLines) {
            this.sb = sb;
            this.seen = seen;
            this.sourceLines = sourceLines;
        }

        String indent() {
            return " ".repeat(2 * groupDepth);
        }

        void emit(CharSequence text) {
            emit(text, '|');
        }

        /** Appends the lines of {@code text} (each ending in a newline), each with the margin when inside a group. */
        void emit(CharSequence text, char margin) {
            if (groupDepth == 0) {
                sb.append(text);
                return;
            }
            String prefix = indent() + margin + ' ';
            int start = 0;
            while (start < text.length()) {
                int newline = start;
                while (newline < text.length() && text.charAt(newline) != '\n') {
                    newline++;
                }
                int end = Math.min(newline + 1, text.length());
                sb.append(prefix).append(text, start, end);
                start = end;
            }
        }
    }

    /** CPython's limits for printing exception groups: members shown per group, and nesting depth. */
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    /** {@code sourceLines}: false at exit, where CPython's line cache is gone and entries show no source. */
    private static void format(PBaseException exc, StringBuilder sb, java.util.Set<PBaseException> seen, boolean sourceLines) {
        format(exc, new Printer(sb, seen, sourceLines));
    }

    private static void format(PBaseException exc, Printer p) {
        java.util.Set<PBaseException> seen = p.seen;
        if (seen != null) {
            seen.add(exc);
            if (exc.getCause() instanceof PBaseException cause && !seen.contains(cause)) {
                format(cause, p);
                p.emit("\nThe above exception was the direct cause of the following exception:\n\n");
            } else if (exc.getContext() instanceof PBaseException context && !exc.isSuppressContext() && !seen.contains(context)) {
                format(context, p);
                p.emit("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
        List<Entry> frames = framesOf(exc);
        if (!ExceptionGroups.isGroup(exc)) {
            if (!frames.isEmpty()) {
                p.emit("Traceback (most recent call last):\n");
                p.emit(entries(frames, p.sourceLines));
            }
            p.emit(exceptionOnly(exc));
        } else if (p.groupDepth > MAX_GROUP_DEPTH) {
            p.emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n");
        } else {
            formatGroup(exc, frames, p);
        }
    }

    /**
     * A group: its traceback and line, then each member inside a frame of its own, numbered (after 15, one line says
     * how many more), the last one closing the frame.
     */
    private static void formatGroup(PBaseException group, List<Entry> frames, Printer p) {
        boolean topLevel = p.groupDepth == 0;
        if (topLevel) {
            p.groupDepth++;
        }
        if (!frames.isEmpty()) {
            p.emit("Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            p.emit(entries(frames, p.sourceLines));
        }
        p.emit(exceptionOnly(group));
        Object[] members = ExceptionGroups.members(group).getItems();
        int shown = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
        p.needClose = false;
        for (int i = 0; i < shown; i++) {
            boolean last = i == shown - 1;
            if (last) {
                // (a nested group printed last closes the frame for both)
                p.needClose = true;
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            String title = truncated ? "..." : String.valueOf(i + 1);
            p.sb.append(p.indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title).append(" ----------------\n");
            p.groupDepth++;
            if (!truncated) {
                format((PBaseException) members[i], p);
            } else {
                int remaining = members.length - MAX_GROUP_WIDTH;
                p.emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
            }
            if (last && p.needClose) {
                p.sb.append(p.indent()).append("+------------------------------------\n");
                p.needClose = false;
            }
            p.groupDepth--;
        }
        if (topLevel) {
            p.groupDepth = 0;
        }
    }

    /** The entries of a traceback: file, line and function of each frame, with its source line and markers. */
    private static String entries(List<Entry> frames, boolean sourceLines) {
        StringBuilder sb = new StringBuilder();
        Entry last = null;
        int count = 0;
        for (Entry f : frames) {
            if (standsInForC(f)) {
                continue;
            }
            if (last == null || !f.filename().equals(last.filename()) || f.line() != last.line() || !f.name().equals(last.name())) {
                repeated(count, sb);
                last = f;
                count = 0;
            }
            if (++count > RECURSIVE_CUTOFF) {
                continue;
            }
            sb.append("  File \"").append(f.filename()).append("\", line ").append(f.line()).append(", in ").append(f.name()).append('\n');
            if (sourceLines && f.sourceLine() != null && !f.sourceLine().isBlank()) {
                // CPython drops the indentation but keeps trailing blanks.
                sb.append("    ").append(f.sourceLine().stripLeading()).append('\n');
                if (f.markers() != null) {
                    sb.append(f.markers()).append('\n');
                }
            }
        }
        repeated(count, sb);
        return sb.toString();
    }

    /**
     * A frame of MiniPy's Python code for what CPython writes in C (bisect, operator, itertools, heapq's heap functions):
     * CPython's traceback has no frame there, so neither has MiniPy's.
     */
    private static boolean standsInForC(Entry f) {
        String file = f.filename();
        if (!file.startsWith(org.minipy.compiler.ModuleLoader.LIBRARY_PREFIX)) {
            return false;
        }
        return switch (file.substring(org.minipy.compiler.ModuleLoader.LIBRARY_PREFIX.length())) {
            case "bisect.py", "operator.py", "itertools.py" -> true;
            case "heapq.py" -> !f.name().equals("merge") && !f.name().equals("nsmallest") && !f.name().equals("nlargest")
                            && !f.name().equals("<genexpr>") && !f.name().equals("<lambda>");
            default -> false;
        };
    }

    /** The frames of an exception's {@code __traceback__} (none when it is None), outermost first. */
    private static List<Entry> framesOf(PBaseException exc) {
        if (!(exc.getTraceback() instanceof PTraceback tb)) {
            return List.of();
        }
        List<Entry> all = frames(tb.getRaise());
        return all.subList(Math.min(tb.getDepth(), all.size()), all.size());
    }

    private static String exceptionOnly(PBaseException exc) {
        StringBuilder sb = new StringBuilder();
        formatExceptionOnly(exc, sb);
        return sb.toString();
    }

    /** The part after the entries: {@code Type: message} (a syntax error's location first), suggestions, notes. */
    private static void formatExceptionOnly(PBaseException exc, StringBuilder sb) {
        if (exc.getPythonClass().isSubclassOf(BuiltinTypes.SYNTAX_ERROR) && Attributes.getOwn(exc, "msg") != null) {
            // CPython shows where the bad source is, then the bare message.
            if (Attributes.getOwn(exc, "filename") instanceof String file && Attributes.getOwn(exc, "lineno") instanceof Long line) {
                Object text = Attributes.getOwn(exc, "text");
                long offset = Attributes.getOwn(exc, "offset") instanceof Long o ? o : 0;
                long end = Attributes.getOwn(exc, "end_offset") instanceof Long o ? o : 0;
                syntaxErrorLocation(sb, file, line, text instanceof String t ? t : null, (int) offset, (int) end,
                                exc.getPythonClass() == BuiltinTypes.SYNTAX_ERROR);
            }
            sb.append(typeLabel(exc.getPythonClass())).append(": ").append(Repr.str(Attributes.getOwn(exc, "msg"))).append('\n');
            return;
        }
        sb.append(exceptionLine(exc));
        if (exc.getPythonClass().isSubclassOf(BuiltinTypes.NAME_ERROR) || exc.getPythonClass().isSubclassOf(BuiltinTypes.ATTRIBUTE_ERROR)) {
            String suggestion = Suggestions.forException(exc);
            if (suggestion != null) {
                sb.append(". Did you mean: '").append(suggestion).append("'?");
            }
        }
        sb.append('\n');
        notes(exc, sb);
    }

    /** The notes of {@code add_note} (3.11), one per line after the exception; a non-sequence is shown by repr. */
    private static void notes(PBaseException exc, StringBuilder sb) {
        Object notes = Attributes.getOwn(exc, "__notes__");
        if (notes == null) {
            return;
        }
        if (!(notes instanceof org.minipy.runtime.PList) && !(notes instanceof org.minipy.runtime.PTuple)) {
            try {
                sb.append(Repr.repr(notes)).append('\n');
            } catch (PException e) {
                sb.append("<__notes__ repr() failed>\n");
            }
            return;
        }
        for (Object note : org.minipy.runtime.Iteration.toArray(notes)) {
            try {
                sb.append(Repr.str(note)).append('\n');
            } catch (PException e) {
                sb.append("<note str() failed>\n");
            }
        }
    }

    /**
     * The lines CPython prints for a syntax error: {@code File "x.py", line 3}, the source line without its
     * indentation, and carets from {@code column} to {@code endColumn} (1-based, 0 if unknown). As CPython's
     * print_error_text: subclasses (IndentationError, TabError) get one caret ({@code exact} is false for them), and
     * none when the column points into the indentation.
     */
    public static void syntaxErrorLocation(StringBuilder sb, String filename, long lineNumber, String line, int column, int endColumn,
                    boolean exact) {
        sb.append("  File \"").append(filename).append("\", line ").append(lineNumber).append('\n');
        if (line == null) {
            return;
        }
        String text = line.endsWith("\r\n") ? line.substring(0, line.length() - 2)
                        : line.endsWith("\n") || line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        int end = exact ? endColumn : -1;
        end = Math.min(end, text.length() + 2); // at most the line's length with its newline, plus one
        int carets = end > 0 && end > column ? end - column : 1;
        int indent = 0;
        while (indent < text.length() && (text.charAt(indent) == ' ' || text.charAt(indent) == '\t' || text.charAt(indent) == '\f')) {
            indent++;
        }
        String shown = text.substring(indent);
        int offset = Math.min(column - 1 - indent, shown.length());
        sb.append("    ").append(shown).append('\n');
        if (offset >= 0) {
            sb.append("    ").append(" ".repeat(offset)).append("^".repeat(carets)).append('\n');
        }
    }

    /** After this many identical entries in a row (recursion), CPython prints one line saying how many more. */
    private static final int RECURSIVE_CUTOFF = 3;

    private static void repeated(int count, StringBuilder sb) {
        if (count > RECURSIVE_CUTOFF) {
            int more = count - RECURSIVE_CUTOFF;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "").append("]\n");
        }
    }

    /** {@code Type: message}, or just {@code Type}; types outside builtins and __main__ carry their module. */
    @TruffleBoundary
    public static String exceptionLine(PBaseException exc) {
        String type = typeLabel(exc.getPythonClass());
        String message;
        try {
            message = Repr.str(exc);
        } catch (PException e) {
            message = "<exception str() failed>";
        }
        return message.isEmpty() ? type : type + ": " + message;
    }

    private static String typeLabel(PythonClass cls) {
        String type = cls.getQualname();
        Object module = cls.getOwnAttribute("__module__");
        if (module instanceof String m && !m.equals("builtins") && !m.equals("__main__")) {
            type = m + "." + type;
        }
        return type;
    }

    /** The guest frames an exception passed through, outermost first. */
    @TruffleBoundary
    public static List<Entry> frames(PException raised) {
        List<Entry> result = new ArrayList<>();
        if (raised == null) {
            return result;
        }
        boolean innermost = true;
        for (PException.TracebackEntry entry : raised.getTraceback()) {
            boolean raisedHere = innermost;
            innermost = false;
            if (!(entry.root() instanceof MiniPyRootNode root) || root.getCode() == null) {
                continue;
            }
            PythonCode code = root.getCode();
            int line = code.getFirstLine();
            String text = null;
            String markers = null;
            SourceSection section = entry.location() instanceof BytecodeNode bytecode && entry.index() >= 0
                            ? failingSection(bytecode, entry.index(), raisedHere, raised) : null;
            if (section != null && section.isAvailable()) {
                line = section.getStartLine();
                Source source = section.getSource();
                // Like CPython's linecache: code from strings (<string>, <stdin>) has no file to show lines from.
                boolean fromString = code.getFilename().startsWith("<") && code.getFilename().endsWith(">");
                if (!fromString && line <= source.getLineCount()) {
                    text = source.getCharacters(line).toString();
                    markers = TracebackCarets.markers(text, section.getStartColumn() - 1,
                                    section.getEndLine() == line ? section.getEndColumn() : -1, section.getEndLine() == line);
                }
            }
            result.add(new Entry(code.getFilename(), line, code.getName(), text, markers));
        }
        Collections.reverse(result);
        return result;
    }

    /**
     * The source section of the instruction a frame was running. A method call {@code obj.name(args)} is one
     * instruction inside two sections: the attribute's, which is what CPython marks when the lookup failed, and the
     * call's for anything raised by the call.
     */
    private static SourceSection failingSection(BytecodeNode bytecode, int index, boolean raisedHere, PException raised) {
        SourceSection[] sections = bytecode.getSourceLocations(index);
        if (sections == null || sections.length == 0) {
            return null;
        }
        if (sections.length > 1 && bytecode.getInstruction(index).getName().endsWith("CallMethod") &&
                        !(raisedHere && raised.getPythonException() instanceof PBaseException e &&
                                        e.getPythonClass().isSubclassOf(BuiltinTypes.ATTRIBUTE_ERROR))) {
            return sections[1];
        }
        return sections[0];
    }

}
