package org.minipy.tests.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.minipy.modules.MathModule;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.Repr;

/**
 * The {@code math} module against CPython 3.11. Each line of {@code modules/math_expected.txt} is one call: the
 * function, the reprs of its arguments, and what CPython returned (its repr) or raised ({@code Type: message}). The
 * file was produced by {@code python3 gen_module_expectations.py} in {@code tests/src/test/resources/modules}.
 */
class MathModuleTest {
    private final Map<String, Object> math = MathModule.createMembers();

    @TestFactory
    Stream<DynamicTest> callsMatchCPython() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] row : ModuleTestSupport.readExpectations("/modules/math_expected.txt")) {
            String name = row[0];
            String expected = row[row.length - 1];
            String display = name + "(" + String.join(", ", java.util.Arrays.copyOfRange(row, 1, row.length - 1)) + ")";
            tests.add(DynamicTest.dynamicTest(display + " -> " + expected, () -> {
                if (name.equals("const")) {
                    String constant = (String) ModuleTestSupport.parseLiteral(row[1]);
                    assertEquals(expected, Repr.repr(math.get(constant)));
                    return;
                }
                Object[] args = new Object[row.length - 2];
                for (int i = 0; i < args.length; i++) {
                    args[i] = ModuleTestSupport.parseLiteral(row[i + 1]);
                }
                String actual = ModuleTestSupport.outcome(() -> ModuleTestSupport.call(math, name, args));
                Object expectedValue = expected.contains(": ") ? null : ModuleTestSupport.parseLiteral(expected);
                if (expectedValue instanceof Double e && !actual.contains(": ")) {
                    // Floats are compared by value (bit for bit, -0.0 and nan included), not by repr, so that this
                    // suite tests math and not float.__repr__ (whose subnormal output, e.g. 5e-324, is not ours).
                    Object actualValue = ModuleTestSupport.call(math, name, args);
                    assertEquals(0, Double.compare(e, (Double) actualValue), display + " ==> expected " + expected + " but was " + actual);
                } else {
                    assertEquals(expected, actual, display);
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void keywordArgumentsOfIsclose() {
        Object r = ModuleTestSupport.callKw(math, "isclose", new Object[]{1.0, 1.05}, new String[]{"rel_tol"}, new Object[]{0.1});
        assertEquals(Boolean.TRUE, r);
        r = ModuleTestSupport.callKw(math, "isclose", new Object[]{0.0, 1e-10}, new String[]{"abs_tol"}, new Object[]{1e-9});
        assertEquals(Boolean.TRUE, r);
        // python3 -c "import math; math.isclose(1, 2, rel_tol=-1)" -> ValueError: tolerances must be non-negative
        assertEquals("ValueError: tolerances must be non-negative", ModuleTestSupport.outcome(
                        () -> ModuleTestSupport.callKw(math, "isclose", new Object[]{1L, 2L}, new String[]{"rel_tol"}, new Object[]{-1.0})));
    }

    @Test
    void prodWithStart() {
        // python3 -c "import math; print(math.prod([2, 3], start=0.5))" -> 3.0
        Object r = ModuleTestSupport.callKw(math, "prod", new Object[]{ModuleTestSupport.list(2L, 3L)}, new String[]{"start"}, new Object[]{0.5});
        assertEquals("3.0", Repr.repr(r));
    }

    @Test
    void everyCallCreatesFreshFunctions() {
        Map<String, Object> other = MathModule.createMembers();
        assertNotSame(math.get("sqrt"), other.get("sqrt"));
        assertEquals("sqrt", ((PBuiltinFunction) other.get("sqrt")).getName());
    }
}
