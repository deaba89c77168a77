package org.minipy.builtins;

import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonContext;
import org.minipy.runtime.Repr;
import org.minipy.runtime.PTuple;

/** The functions of the {@code builtins} module: print, len, range, ... */
final class BuiltinFunctions {
    private BuiltinFunctions() {
    }

    static void install(PModule builtins) {
        add(builtins, PBuiltinFunction.create("print(*args, sep=None, end=None, file=None, flush=False)", a -> {
            PTuple values = (PTuple) a[0];
            String sep = a[1] == PNone.NONE ? " " : (String) a[1];
            String end = a[2] == PNone.NONE ? "\n" : (String) a[2];
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(Repr.str(values.get(i)));
            }
            sb.append(end);
            PythonContext.get().getOut().print(sb);
            return PNone.NONE;
        }));
    }

    static void add(PModule module, PBuiltinFunction fn) {
        module.setGlobal(fn.getName(), fn);
    }
}
