package org.minipy.runtime;

/**
 * A traceback object ({@code e.__traceback__}, the third argument of {@code __exit__}): MiniPy keeps the frames in
 * the {@link PException} that raised the exception, so this object only stands for "raised here" and has no
 * {@code tb_frame}/{@code tb_lineno} yet ({@code tb_next} is None).
 */
public final class PTraceback implements HasPythonClass {
    private final PException raise;

    PTraceback(PException raise) {
        this.raise = raise;
    }

    public PException getRaise() {
        return raise;
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinTypes.TRACEBACK;
    }
}
