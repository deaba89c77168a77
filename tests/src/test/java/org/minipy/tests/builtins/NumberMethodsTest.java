package org.minipy.tests.builtins;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Checks the methods, constructors and attributes of int, bool and float against expectations that CPython 3.11 produced ({@code number_methods_cases.txt}, made by
 * {@code tests/tools/gen_formatting_cases.py}); every mismatch is listed.
 */
class NumberMethodsTest {
    private static void check(String... kinds) throws IOException {
        List<String> failures = CaseTable.run("number_methods_cases.txt", kinds);
        assertTrue(failures.isEmpty(), failures.size() + " mismatches:\n" + String.join("\n", failures.subList(0, Math.min(60, failures.size()))));
    }

    @Test
    void allCases() throws IOException {
        check();
    }
}
