package org.minipy.runtime;

/**
 * A traceback object ({@code e.__traceback__}, the third argument of {@code __exit__}): MiniPy keeps the frames in
 * the {@link PException} that raised the exception, so this object is a position in that list: {@code depth} counts
 * from the outermost frame the exception passed through ({@code tb_lineno} and {@code tb_next} read it; there is no
 * {@code tb_frame}).
 */
public final class PTraceback implements HasPythonClass {
    private final PException raise;
    private final int depth;

    PTraceback(PException raise) {
        this(raise, 0);
    }

    public PTraceback(PException raise, int depth) {
        this.raise = raise;
        this.depth = depth;
    }

    public PException getRaise() {
        return raise;
    }

    public int getDepth() {
        return depth;
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinTypes.TRACEBACK;
    }
}
