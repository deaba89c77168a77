package org.minipy.parser;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.tree.TerminalNode;

import org.minipy.ast.Expr;
import org.minipy.ast.Loc;

/**
 * Builds the value of adjacent string literals ({@code 'a' "b" f'{c}'}): one str or bytes Constant, or, when any
 * part is an f-string, one JoinedStr whose adjacent plain parts are merged, as CPython's parser does.
 */
final class StringConcatenation {
    private final SourceText source;
    private final EnclosingScopes scopes;

    StringConcatenation(SourceText source, EnclosingScopes scopes) {
        this.source = source;
        this.scopes = scopes;
    }

    Expr build(List<TerminalNode> tokens, Loc loc) {
        List<Literals.StringToken> parts = tokens.stream().map(t -> Literals.StringToken.of(t.getSymbol())).toList();
        boolean anyBytes = parts.stream().anyMatch(Literals.StringToken::isBytes);
        boolean allBytes = parts.stream().allMatch(Literals.StringToken::isBytes);
        if (anyBytes && !allBytes) {
            int column = loc.endCol() + 1;
            throw source.syntaxError("cannot mix bytes and nonbytes literals", loc.endLine(), column, column);
        }
        if (allBytes) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (Literals.StringToken part : parts) {
                bytes.writeBytes(Literals.decodeBytes(part.body(), part.isRaw(), source, part.token()));
            }
            return new Expr.Constant(loc, bytes.toByteArray());
        }
        if (parts.stream().noneMatch(Literals.StringToken::isFormatted)) {
            StringBuilder text = new StringBuilder();
            for (Literals.StringToken part : parts) {
                text.append(Literals.decodeString(part.body(), part.isRaw(), source, part.token()));
            }
            return new Expr.Constant(loc, text.toString());
        }
        List<Expr> values = new ArrayList<>();
        for (Literals.StringToken part : parts) {
            if (part.isFormatted()) {
                new FStringParser(source, scopes, part, loc).parseInto(values);
            } else {
                appendConstant(values, Literals.decodeString(part.body(), part.isRaw(), source, part.token()), loc);
            }
        }
        return new Expr.JoinedStr(loc, values);
    }

    /** Adds literal text to a JoinedStr's parts, merging it into a preceding literal part. */
    static void appendConstant(List<Expr> values, String text, Loc loc) {
        if (text.isEmpty()) {
            return;
        }
        int last = values.size() - 1;
        if (last >= 0 && values.get(last) instanceof Expr.Constant c && c.value() instanceof String previous) {
            values.set(last, new Expr.Constant(Locations.span(c.loc(), loc), previous + text));
        } else {
            values.add(new Expr.Constant(loc, text));
        }
    }
}
