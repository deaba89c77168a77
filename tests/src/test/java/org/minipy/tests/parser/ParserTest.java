package org.minipy.tests.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.minipy.ast.Expr;
import org.minipy.ast.Stmt;
import org.minipy.parser.MiniPyParser;
import org.minipy.parser.PythonSyntaxError;

/**
 * Tests of MiniPy's parser (org.minipy.parser). Most expectations come from CPython 3.11 itself: the snippets in
 * src/test/resources/parser/cases.py are run through CPython by generate_expectations.py, which writes CPython's AST
 * (ast_cases.txt) and SyntaxError class, message, line and offset (error_cases.txt). Each line of those files is one
 * test here; the AST comparison also checks literal values and operator precedence.
 */
class ParserTest {

    // ---- Cases generated with CPython 3.11 ----

    @TestFactory
    Stream<DynamicTest> astMatchesCPython() throws IOException {
        return readCases("ast_cases.txt").stream().map(fields -> DynamicTest.dynamicTest(fields[0].isEmpty() ? "<empty>" : fields[0], () -> {
            String source = unescape(fields[0]);
            assertEquals(fields[1], AstDump.dump(MiniPyParser.parse(source, "<test>")), "AST of " + fields[0]);
        }));
    }

    @TestFactory
    Stream<DynamicTest> syntaxErrorsMatchCPython() throws IOException {
        return readCases("error_cases.txt").stream().map(fields -> DynamicTest.dynamicTest(fields[0].isEmpty() ? "<empty>" : fields[0], () -> {
            String source = unescape(fields[0]);
            PythonSyntaxError error = assertThrows(PythonSyntaxError.class,
                            () -> MiniPyParser.parse(source, "<test>"));
            String actual = error.kind + " | " + error.message + " | " + error.line + " | " + error.column;
            String expected = fields[1] + " | " + unescape(fields[2]) + " | " + fields[3] + " | " + fields[4];
            assertEquals(expected, actual, "error for " + fields[0]);
            assertEquals("<test>", error.filename);
        }));
    }

    private static List<String[]> readCases(String name) throws IOException {
        try (InputStream in = ParserTest.class.getResourceAsStream("/parser/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String[]> cases = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (!line.isEmpty()) {
                    cases.add(line.split("\t", -1));
                }
            }
            return cases;
        }
    }

    /** Undoes the \\u{hex} escapes of the case files. */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("\\u{", i)) {
                int close = text.indexOf('}', i);
                out.appendCodePoint(Integer.parseInt(text.substring(i + 3, close), 16));
                i = close + 1;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    // ---- MiniPy's own behaviour (no CPython counterpart) ----

    private static PythonSyntaxError syntaxError(String source) {
        return assertThrows(PythonSyntaxError.class, () -> MiniPyParser.parse(source, "t.mpy"));
    }

    @Test
    void matchStatementIsRefusedByName() {
        PythonSyntaxError error = syntaxError("x = 1\nmatch x:\n    case 1:\n        pass\n");
        assertEquals("SyntaxError", error.kind);
        assertEquals("MiniPy does not support the 'match' statement", error.message);
        assertEquals(2, error.line);
        assertEquals(1, error.column);
        assertEquals("match x:", error.sourceLine);
    }

    @Test
    void matchStaysAnOrdinaryName() {
        Stmt.Module module = MiniPyParser.parse("match = 3\nmatch(x)\nmatch.a: int = 1\n", "t.mpy");
        assertEquals(3, module.body().size());
    }

    @Test
    void imaginaryLiteralsAreRefused() {
        PythonSyntaxError error = syntaxError("x = 1j\n");
        assertEquals("MiniPy does not support complex numbers (imaginary literal '1j')", error.message);
        assertEquals(5, error.column);
    }

    @Test
    void bigIntegersBecomeBigInteger() {
        Expr e = MiniPyParser.parseExpression("123456789012345678901234567890", "<eval>");
        assertInstanceOf(java.math.BigInteger.class, ((Expr.Constant) e).value());
        Expr small = MiniPyParser.parseExpression("0x7fffffffffffffff", "<eval>");
        assertEquals(Long.MAX_VALUE, ((Expr.Constant) small).value());
    }

    @Test
    void parseExpressionAcceptsSurroundingWhitespace() {
        Expr e = MiniPyParser.parseExpression("  1 + 2\n\n", "<string>");
        assertEquals("BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2))", AstDump.dump(e));
        Expr tuple = MiniPyParser.parseExpression("a, b", "<string>");
        assertInstanceOf(Expr.TupleExpr.class, tuple);
        PythonSyntaxError error = assertThrows(PythonSyntaxError.class,
                        () -> MiniPyParser.parseExpression("x = 1", "<string>"));
        assertEquals("invalid syntax", error.message);
    }

    @Test
    void errorsCarryTheSourceLine() {
        PythonSyntaxError error = syntaxError("x = 1\ny = (2 +\n");
        assertEquals("'(' was never closed", error.message);
        assertEquals("y = (2 +", error.sourceLine);
        assertEquals("t.mpy", error.filename);
    }

    @Test
    void locationsFollowCPython() {
        Stmt.Module module = MiniPyParser.parse("if x:\n    y = f(a,\n          b)\n", "t.mpy");
        Stmt.If statement = (Stmt.If) module.body().get(0);
        assertEquals(new org.minipy.ast.Loc(1, 0, 3, 12), statement.loc());
        Stmt.Assign assign = (Stmt.Assign) statement.body().get(0);
        assertEquals(new org.minipy.ast.Loc(2, 4, 3, 12), assign.loc());
        assertEquals(new org.minipy.ast.Loc(2, 8, 3, 12), assign.value().loc());
        Expr.JoinedStr fstring = (Expr.JoinedStr) ((Stmt.ExprStmt) MiniPyParser.parse("f'ab{xy}'\n", "t.mpy")
                        .body().get(0)).value();
        Expr.FormattedValue field = (Expr.FormattedValue) fstring.values().get(1);
        assertEquals(new org.minipy.ast.Loc(1, 5, 1, 7), field.value().loc());
    }

    @Test
    void nothingIsPrintedAndOnlySyntaxErrorsAreThrown() {
        String[] garbage = {"(((", ")))", "def", "class:", "@", "lambda (x): x", "x = [i for i in]", "f'{x!}'",
            "\\", "'\\N{", "0b", "1.2.3", "import a.", "from import x", "async x", "await", "try:\n  x\n",
            "x = {1: 2, 3}", "f(**)", "a[]", "del", "global", "with:", "if:", "\t\tx", "\u0000", "yield from",
            "f'{a:{b:{c}}}'", "print >>sys.stderr, x", "x = 08", "1__1", "0x_", "f(*)", "\"\"\"", "b'\\u1234' 'x'"};
        for (String source : garbage) {
            try {
                MiniPyParser.parse(source, "t.mpy");
            } catch (PythonSyntaxError expected) {
                assertTrue(expected.line >= 1, source);
            }
        }
    }

    @Test
    void parsingTimeGrowsLinearlyWithTheFile() {
        // A grammar ambiguity makes ANTLR's prediction look far ahead, and parse time then grows much faster than the
        // file. The property checked is the growth (thread CPU time, so that a busy machine scales both alike).
        String small = functions(25);
        String big = functions(250);
        for (int i = 0; i < 5; i++) {
            MiniPyParser.parse(big, "big.mpy");
        }
        assertEquals(250, MiniPyParser.parse(big, "big.mpy").body().size());
        long smallNanos = bestParseNanos(small);
        long bigNanos = bestParseNanos(big);
        // ideal: 10x for 10x the lines
        assertTrue(bigNanos < 40 * smallNanos, "2000 lines took " + bigNanos / 1000 + " us of CPU, 200 lines " + smallNanos / 1000 + " us");
    }

    private static String functions(int count) {
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < count; i++) {
            source.append("def function_").append(i).append("(a, b=1, *args, **kwargs):\n")
                            .append("    \"\"\"Docstring.\"\"\"\n")
                            .append("    result = [x * 2 for x in range(a) if x % 3 == 0]\n")
                            .append("    if a > b and not kwargs:\n")
                            .append("        return f'{a!r:>10} {b}' + str(result[1:2])\n")
                            .append("    for k, v in kwargs.items():\n")
                            .append("        result.append((k, v, -a ** 2, {'key': v, **kwargs}))\n")
                            .append("    return result\n");
        }
        return source.toString();
    }

    /** The least thread CPU time of three parses. */
    private static long bestParseNanos(String text) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = threads.getCurrentThreadCpuTime();
            MiniPyParser.parse(text, "big.mpy");
            best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
        }
        return best;
    }
}
