package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The value of a function local that a loop grows with {@code s += piece} once it has become long: the text so far
 * in a {@link StringBuilder}, so that each {@code +=} appends in place instead of copying the whole string again
 * (Java strings are immutable, so {@code s + piece} always copies {@code s}; a loop of n appends would cost O(n²)).
 * CPython avoids the same cost by resizing a str in place when nothing else refers to it.
 *
 * <p>An accumulator never escapes its frame slot: the compiler marks the locals that are targets of {@code +=}, and
 * every read of such a local goes through {@code bytecode.StrAccumulation.LoadAccumulated}, which hands out
 * {@link #value()}, a real {@code str}; {@code locals()} does the same. Only the {@code +=} itself sees this object.
 */
public final class StrAccumulator {
    /** Below this length a {@code +=} result stays a plain str: copying it is cheap and most strings stay short. */
    public static final int MIN_LENGTH = 256;

    private final StringBuilder text;
    /** The text as a str, kept until the next append so that repeated reads do not copy again. */
    private String value;

    private StrAccumulator(StringBuilder text) {
        this.text = text;
    }

    @TruffleBoundary
    public static StrAccumulator of(String start, String piece) {
        StringBuilder text = new StringBuilder(Math.max(2 * (start.length() + piece.length()), 64));
        return new StrAccumulator(text.append(start).append(piece));
    }

    @TruffleBoundary
    public StrAccumulator append(String piece) {
        text.append(piece);
        value = null;
        return this;
    }

    @TruffleBoundary
    public String value() {
        if (value == null) {
            value = text.toString();
        }
        return value;
    }

    @Override
    public String toString() {
        return value();
    }
}
