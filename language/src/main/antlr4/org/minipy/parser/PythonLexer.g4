/*
 * MiniPy's lexer: the tokens of the Python 3.11 subset. The first stage of the pipeline
 * (lexer -> parser -> AstBuilder -> scope analysis -> bytecode compiler).
 *
 * The grammar only describes single tokens. Everything that depends on context lives in PythonLexerBase:
 * INDENT/DEDENT from an indentation stack, dropping NEWLINE inside brackets and on blank lines, bracket matching,
 * and turning the error tokens below (ERROR_*) into CPython's SyntaxError messages.
 *
 * Strings, f-strings included, are single tokens, as in CPython 3.11's tokenizer: their contents (escapes, f-string
 * replacement fields) are decoded later by StringLiterals and FStringParser.
 */
lexer grammar PythonLexer;

options { superClass = PythonLexerBase; }

// MATCH: the soft keyword 'match' where it starts a match statement (decided by PythonLexerBase).
tokens { INDENT, DEDENT, MATCH }

// ---- Strings (before NAME, so that a prefix like rb is not lexed as a name) ----

STRING : STRING_PREFIX? (LONG_STRING | SHORT_STRING) ;

// Only the opening quote of a string whose closing quote is missing. A complete string is always longer, so the
// lexer picks this rule only for an unterminated string; PythonLexerBase reports it.
ERROR_UNTERMINATED_STRING : STRING_PREFIX? ('\'\'\'' | '"""' | '\'' | '"') ;

// ---- Numbers ----

// Imaginary literals are lexed so that the refusal can name them (MiniPy has no complex numbers).
IMAG_NUMBER : (FLOAT_NUMBER_BODY | DIGIT_PART) [jJ] ;
FLOAT_NUMBER : FLOAT_NUMBER_BODY ;
INTEGER : DEC_INTEGER | HEX_INTEGER | OCT_INTEGER | BIN_INTEGER ;

// ---- Keywords (match, case and _ are soft keywords and stay NAMEs) ----

FALSE : 'False' ;
NONE : 'None' ;
TRUE : 'True' ;
AND : 'and' ;
AS : 'as' ;
ASSERT : 'assert' ;
ASYNC : 'async' ;
AWAIT : 'await' ;
BREAK : 'break' ;
CLASS : 'class' ;
CONTINUE : 'continue' ;
DEF : 'def' ;
DEL : 'del' ;
ELIF : 'elif' ;
ELSE : 'else' ;
EXCEPT : 'except' ;
FINALLY : 'finally' ;
FOR : 'for' ;
FROM : 'from' ;
GLOBAL : 'global' ;
IF : 'if' ;
IMPORT : 'import' ;
IN : 'in' ;
IS : 'is' ;
LAMBDA : 'lambda' ;
NONLOCAL : 'nonlocal' ;
NOT : 'not' ;
OR : 'or' ;
PASS : 'pass' ;
RAISE : 'raise' ;
RETURN : 'return' ;
TRY : 'try' ;
WHILE : 'while' ;
WITH : 'with' ;
YIELD : 'yield' ;

NAME : ID_START ID_CONTINUE* ;

// ---- Operators and delimiters (longest first where one is a prefix of another) ----

ELLIPSIS : '...' ;
DOUBLESTAREQUAL : '**=' ;
DOUBLESLASHEQUAL : '//=' ;
LEFTSHIFTEQUAL : '<<=' ;
RIGHTSHIFTEQUAL : '>>=' ;
RARROW : '->' ;
COLONEQUAL : ':=' ;
EQEQUAL : '==' ;
NOTEQUAL : '!=' ;
LESSEQUAL : '<=' ;
GREATEREQUAL : '>=' ;
LEFTSHIFT : '<<' ;
RIGHTSHIFT : '>>' ;
DOUBLESTAR : '**' ;
DOUBLESLASH : '//' ;
PLUSEQUAL : '+=' ;
MINEQUAL : '-=' ;
STAREQUAL : '*=' ;
SLASHEQUAL : '/=' ;
PERCENTEQUAL : '%=' ;
AMPEREQUAL : '&=' ;
VBAREQUAL : '|=' ;
CIRCUMFLEXEQUAL : '^=' ;
ATEQUAL : '@=' ;
LPAR : '(' ;
RPAR : ')' ;
LSQB : '[' ;
RSQB : ']' ;
LBRACE : '{' ;
RBRACE : '}' ;
COLON : ':' ;
COMMA : ',' ;
SEMI : ';' ;
PLUS : '+' ;
MINUS : '-' ;
STAR : '*' ;
SLASH : '/' ;
VBAR : '|' ;
AMPER : '&' ;
LESS : '<' ;
GREATER : '>' ;
EQUAL : '=' ;
DOT : '.' ;
PERCENT : '%' ;
TILDE : '~' ;
CIRCUMFLEX : '^' ;
AT : '@' ;

// ---- Layout ----

// A line break together with the indentation of the next line; PythonLexerBase decides what it becomes.
NEWLINE : ('\r'? '\n' | '\r') [ \t\f]* ;

WS : [ \t\f]+ -> skip ;
COMMENT : '#' ~[\r\n]* -> skip ;
LINE_CONTINUATION : '\\' ('\r'? '\n' | '\r') ;

// A backslash not followed by a line break.
ERROR_BACKSLASH : '\\' ;
// Anything else: '$', '?', '!' or a non-ASCII character that cannot start a name.
ERROR_CHAR : . ;

// ---- Fragments ----

fragment STRING_PREFIX : [rRuUfFbB] | [rR][bBfF] | [bBfF][rR] ;

fragment SHORT_STRING
    : '\'' (STRING_ESCAPE | ~[\\\r\n'])* '\''
    | '"' (STRING_ESCAPE | ~[\\\r\n"])* '"'
    ;

fragment LONG_STRING
    : '\'\'\'' (STRING_ESCAPE | ~'\\')*? '\'\'\''
    | '"""' (STRING_ESCAPE | ~'\\')*? '"""'
    ;

// A backslash and the character it escapes (a CR LF pair counts as one line break).
fragment STRING_ESCAPE : '\\' ('\r\n' | .) ;

fragment DEC_INTEGER : NON_ZERO_DIGIT ('_'? DIGIT)* | '0'+ ('_'? '0')* ;
fragment HEX_INTEGER : '0' [xX] ('_'? [0-9a-fA-F])+ ;
fragment OCT_INTEGER : '0' [oO] ('_'? [0-7])+ ;
fragment BIN_INTEGER : '0' [bB] ('_'? [01])+ ;
fragment NON_ZERO_DIGIT : [1-9] ;
fragment DIGIT : [0-9] ;
fragment DIGIT_PART : DIGIT ('_'? DIGIT)* ;

fragment FLOAT_NUMBER_BODY : POINT_FLOAT | EXPONENT_FLOAT ;
fragment POINT_FLOAT : DIGIT_PART? '.' DIGIT_PART | DIGIT_PART '.' ;
fragment EXPONENT_FLOAT : (DIGIT_PART | POINT_FLOAT) EXPONENT ;
fragment EXPONENT : [eE] [+-]? DIGIT_PART ;

fragment ID_START : [_\p{XID_Start}] ;
fragment ID_CONTINUE : [\p{XID_Continue}] ;
