package org.minipy.tests.builtins;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Checks format(value, spec), %-formatting, str.format and round() against expectations that CPython 3.11 produced ({@code formatting_cases.txt}, made by
 * {@code tests/tools/gen_formatting_cases.py}); every mismatch is listed.
 */
class FormattingTest {
    private static void check(String... kinds) throws IOException {
        List<String> failures = CaseTable.run("formatting_cases.txt", kinds);
        assertTrue(failures.isEmpty(), failures.size() + " mismatches:\n" + String.join("\n", failures.subList(0, Math.min(60, failures.size()))));
    }

    @Test
    void format() throws IOException {
        check("format");
    }

    @Test
    void percent() throws IOException {
        check("percent");
    }

    @Test
    void strformat() throws IOException {
        check("strformat");
    }

    @Test
    void round() throws IOException {
        check("round");
    }
}
