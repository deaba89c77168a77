package org.minipy.compiler;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.source.Source;

import org.minipy.MiniPyLanguage;

/** Parses and compiles modules: the main script, imported {@code .mpy} files, and MiniPy's own Python library. */
public final class ModuleLoader {
    private ModuleLoader() {
    }

    public static Object importModule(org.minipy.runtime.PythonContext context, String name) {
        throw new UnsupportedOperationException();
    }

    public static CallTarget parseMain(MiniPyLanguage language, Source source) {
        throw new UnsupportedOperationException("compiler not written yet");
    }
}
