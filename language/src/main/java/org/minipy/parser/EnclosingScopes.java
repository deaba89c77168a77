package org.minipy.parser;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What the AstBuilder is currently inside of (module, class, function, lambda; how many loops), so that it can refuse
 * 'return' outside a function, 'break' outside a loop, 'yield' or 'await' in the wrong place, with CPython's messages;
 * and the innermost class, whose name private names ({@code __x}) are mangled with.
 */
final class EnclosingScopes {
    enum Kind {
        MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA
    }

    /** {@code privateName}: the innermost enclosing class's name, inherited by functions inside it; null outside. */
    private record Frame(Kind kind, int loops, String privateName, int starLoops) {
        Frame(Kind kind, int loops, String privateName) {
            this(kind, loops, privateName, -1);
        }
    }

    private final Deque<Frame> frames = new ArrayDeque<>();

    EnclosingScopes(Kind outermost) {
        frames.push(new Frame(outermost, 0, null));
    }

    Kind current() {
        return frames.peek().kind;
    }

    void enter(Kind kind) {
        frames.push(new Frame(kind, 0, frames.peek().privateName));
    }

    /** Enters the body of class {@code name}: its private names become {@code _name__x}. */
    void enterClass(String name) {
        frames.push(new Frame(Kind.CLASS, 0, name));
    }

    /**
     * CPython's {@code _Py_Mangle}: inside a class, an identifier {@code __x} that does not end in {@code __} becomes
     * {@code _Class__x} (the class name without its leading underscores; a class named only with underscores mangles
     * nothing).
     */
    String mangle(String id) {
        String cls = frames.peek().privateName;
        if (cls == null || !id.startsWith("__") || id.endsWith("__") || id.indexOf('.') >= 0) {
            return id;
        }
        int i = 0;
        while (i < cls.length() && cls.charAt(i) == '_') {
            i++;
        }
        return i == cls.length() ? id : "_" + cls.substring(i) + id;
    }

    void exit() {
        frames.pop();
    }

    boolean inLoop() {
        return frames.peek().loops > 0;
    }

    void enterLoop() {
        Frame top = frames.pop();
        frames.push(new Frame(top.kind, top.loops + 1, top.privateName, top.starLoops));
    }

    void exitLoop() {
        Frame top = frames.pop();
        frames.push(new Frame(top.kind, top.loops - 1, top.privateName, top.starLoops));
    }

    /** The except* block being entered; returns the loop count it had before (restored by exitExceptStar). */
    private final Deque<Integer> starStack = new ArrayDeque<>();

    void enterExceptStar() {
        Frame top = frames.pop();
        starStack.push(top.starLoops);
        frames.push(new Frame(top.kind, top.loops, top.privateName, top.loops));
    }

    void exitExceptStar() {
        Frame top = frames.pop();
        frames.push(new Frame(top.kind, top.loops, top.privateName, starStack.pop()));
    }

    /**
     * Whether a break/continue ({@code loop}) or a return would leave an except* block of this function, which CPython
     * forbids; a loop started inside the block can be left.
     */
    boolean leavesExceptStar(boolean loop) {
        Frame top = frames.peek();
        return top.starLoops >= 0 && (!loop || top.loops == top.starLoops);
    }

    boolean inFunction() {
        return current() == Kind.FUNCTION || current() == Kind.ASYNC_FUNCTION;
    }
}
