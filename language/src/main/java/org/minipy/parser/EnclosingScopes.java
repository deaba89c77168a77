package org.minipy.parser;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What the AstBuilder is currently inside of (module, class, function, lambda; how many loops), so that it can refuse
 * 'return' outside a function, 'break' outside a loop, 'yield' or 'await' in the wrong place, with CPython's messages.
 */
final class EnclosingScopes {
    enum Kind {
        MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA
    }

    private record Frame(Kind kind, int loops) {
    }

    private final Deque<Frame> frames = new ArrayDeque<>();

    EnclosingScopes(Kind outermost) {
        frames.push(new Frame(outermost, 0));
    }

    Kind current() {
        return frames.peek().kind;
    }

    void enter(Kind kind) {
        frames.push(new Frame(kind, 0));
    }

    void exit() {
        frames.pop();
    }

    boolean inLoop() {
        return frames.peek().loops > 0;
    }

    void enterLoop() {
        Frame top = frames.pop();
        frames.push(new Frame(top.kind, top.loops + 1));
    }

    void exitLoop() {
        Frame top = frames.pop();
        frames.push(new Frame(top.kind, top.loops - 1));
    }

    boolean inFunction() {
        return current() == Kind.FUNCTION || current() == Kind.ASYNC_FUNCTION;
    }
}
