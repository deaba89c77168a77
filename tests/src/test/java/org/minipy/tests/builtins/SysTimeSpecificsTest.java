package org.minipy.tests.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.minipy.modules.SysModule;
import org.minipy.modules.TimeModule;
import org.minipy.runtime.Attributes;
import org.minipy.runtime.Calls;
import org.minipy.runtime.PList;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PythonContext;

/**
 * What cannot be compared with CPython's output: values that are MiniPy's own ({@code sys._is_gil_enabled()}, which
 * CPython 3.11 lacks, {@code sys.implementation.name}), the command line, and clocks, checked by their properties.
 */
class SysTimeSpecificsTest {
    private static Context context;
    private static PModule sys;
    private static PModule time;

    @BeforeAll
    static void setUp() {
        context = Context.newBuilder("minipy").out(new ByteArrayOutputStream()).allowAllAccess(true).build();
        context.initialize("minipy");
        context.enter();
        sys = SysModule.install(PythonContext.get(), new String[]{"/some/dir/script.mpy", "arg1"});
        time = TimeModule.create();
    }

    @AfterAll
    static void tearDown() {
        context.leave();
        context.close();
    }

    private static Object call(PModule module, String name, Object... args) {
        return Calls.call(module.getGlobal(name), args);
    }

    @Test
    void gilAndImplementation() {
        assertEquals(true, call(sys, "_is_gil_enabled"));
        assertEquals("minipy", Attributes.getAttribute(sys.getGlobal("implementation"), "name"));
        assertEquals(sys, PythonContext.get().getSys());
    }

    @Test
    void commandLine() {
        PList argv = (PList) sys.getGlobal("argv");
        assertEquals("/some/dir/script.mpy", argv.get(0));
        assertEquals("arg1", argv.get(1));
        assertEquals("/some/dir", ((PList) sys.getGlobal("path")).get(0));
    }

    @Test
    void switchIntervalIsStoredInTheContext() {
        call(sys, "setswitchinterval", 0.002);
        assertEquals(2000L, PythonContext.get().getSwitchIntervalMicros());
        call(sys, "setswitchinterval", 0.005);
    }

    @Test
    void clocks() {
        double t0 = (Double) call(time, "perf_counter");
        long m0 = (Long) call(time, "monotonic_ns");
        long cpu0 = (Long) call(time, "thread_time_ns");
        call(time, "sleep", 0.02);
        double t1 = (Double) call(time, "perf_counter");
        assertTrue(t1 - t0 >= 0.019, "sleep(0.02) took " + (t1 - t0));
        assertTrue((Long) call(time, "monotonic_ns") - m0 >= 19_000_000L);
        long sink = 0;
        for (int i = 0; i < 20_000_000; i++) {
            sink += i ^ (sink >>> 3);
        }
        assertTrue(sink != 42);
        assertTrue((Long) call(time, "thread_time_ns") > cpu0, "thread CPU time advances with work");
        assertTrue((Double) call(time, "process_time") > 0.0);
        double wall = (Double) call(time, "time");
        assertTrue(Math.abs(wall - System.currentTimeMillis() / 1000.0) < 5.0);
    }
}
