package org.minipy.ast;

/** The operators of Python's expressions, grouped as CPython's {@code ast} module groups them. */
public final class Operator {
    private Operator() {
    }

    /** Binary arithmetic and bitwise operators; also the operator of an augmented assignment. */
    public enum Binary {
        ADD("+", "__add__"), SUB("-", "__sub__"), MUL("*", "__mul__"), MATMUL("@", "__matmul__"),
        TRUEDIV("/", "__truediv__"), FLOORDIV("//", "__floordiv__"), MOD("%", "__mod__"), POW("**", "__pow__"),
        LSHIFT("<<", "__lshift__"), RSHIFT(">>", "__rshift__"), BITOR("|", "__or__"), BITXOR("^", "__xor__"),
        BITAND("&", "__and__");

        public final String symbol;
        public final String dunder;

        Binary(String symbol, String dunder) {
            this.symbol = symbol;
            this.dunder = dunder;
        }

        /** {@code __radd__} for {@code __add__}: the reflected method tried on the right operand. */
        public String reflectedDunder() {
            return "__r" + dunder.substring(2);
        }

        /** {@code __iadd__} for {@code __add__}: the in-place method tried first by {@code +=}. */
        public String inplaceDunder() {
            return "__i" + dunder.substring(2);
        }
    }

    public enum Unary {
        NEG("-", "__neg__"), POS("+", "__pos__"), INVERT("~", "__invert__"), NOT("not", null);

        public final String symbol;
        public final String dunder;

        Unary(String symbol, String dunder) {
            this.symbol = symbol;
            this.dunder = dunder;
        }
    }

    public enum Compare {
        EQ("==", "__eq__"), NE("!=", "__ne__"), LT("<", "__lt__"), LE("<=", "__le__"), GT(">", "__gt__"),
        GE(">=", "__ge__"), IS("is", null), IS_NOT("is not", null), IN("in", null), NOT_IN("not in", null);

        public final String symbol;
        public final String dunder;

        Compare(String symbol, String dunder) {
            this.symbol = symbol;
            this.dunder = dunder;
        }
    }
}
