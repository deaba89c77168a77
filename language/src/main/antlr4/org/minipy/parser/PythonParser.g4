/*
 * MiniPy's parser grammar: the statements and expressions of the Python 3.11 subset.
 * Pipeline: PythonLexer -> this parser -> AstBuilder (parse tree to org.minipy.ast) -> scope analysis -> compiler.
 *
 * The grammar is deliberately a little more permissive than Python where a precise rule would only make the grammar
 * harder to read: assignment targets are parsed as expressions and parameter lists as a flat list of parameters.
 * AstBuilder checks those afterwards and raises CPython's messages ("cannot assign to literal", "non-default argument
 * follows default argument", ...).
 *
 * Expression rules go from the loosest binding to the tightest, one rule per precedence level, with the names of
 * Python's classic grammar (test, or_test, ..., power, atom_expr).
 */
parser grammar PythonParser;

options {
    tokenVocab = PythonLexer;
    superClass = PythonParserBase;
}

// ---- Entry points ----

file_input : (NEWLINE | stmt)* EOF ;

// eval() input: one expression list, optionally followed by line breaks.
eval_input : testlist NEWLINE* EOF ;

// ---- Statements ----

stmt : compound_stmt | simple_stmts ;

simple_stmts : simple_stmt (SEMI simple_stmt)* SEMI? NEWLINE ;

simple_stmt
    : expr_stmt
    | yield_expr
    | del_stmt
    | pass_stmt
    | break_stmt
    | continue_stmt
    | return_stmt
    | raise_stmt
    | global_stmt
    | nonlocal_stmt
    | assert_stmt
    | import_name
    | import_from
    ;

// The kind of statement is decided after the first expression list, so that errors inside it are reported where they
// are and not at the start of the statement.
expr_stmt
    : testlist_star_expr
      ( COLON annotation=test (EQUAL assigned_value)?
      | augassign assigned_value
      | (EQUAL assigned_value)*
      )
    ;

assigned_value : yield_expr | testlist_star_expr ;

augassign
    : PLUSEQUAL | MINEQUAL | STAREQUAL | ATEQUAL | SLASHEQUAL | PERCENTEQUAL | AMPEREQUAL | VBAREQUAL
    | CIRCUMFLEXEQUAL | LEFTSHIFTEQUAL | RIGHTSHIFTEQUAL | DOUBLESTAREQUAL | DOUBLESLASHEQUAL
    ;

del_stmt : DEL exprlist ;
pass_stmt : PASS ;
break_stmt : BREAK ;
continue_stmt : CONTINUE ;
return_stmt : RETURN testlist_star_expr? ;
raise_stmt : RAISE (test (FROM test)?)? ;
global_stmt : GLOBAL NAME (COMMA NAME)* ;
nonlocal_stmt : NONLOCAL NAME (COMMA NAME)* ;
assert_stmt : ASSERT test (COMMA test)? ;

import_name : IMPORT dotted_as_name (COMMA dotted_as_name)* ;
dotted_as_name : dotted_name (AS NAME)? ;
dotted_name : NAME (DOT NAME)* ;

// Relative imports count their dots; '...' is lexed as one ELLIPSIS token and counts three.
import_from
    : FROM (DOT | ELLIPSIS)* dotted_name IMPORT import_targets
    | FROM (DOT | ELLIPSIS)+ IMPORT import_targets
    ;
import_targets
    : STAR
    | LPAR import_as_name (COMMA import_as_name)* COMMA? RPAR
    | import_as_name (COMMA import_as_name)* trailing_comma=COMMA?
    ;
import_as_name : NAME (AS NAME)? ;

compound_stmt
    : if_stmt
    | while_stmt
    | for_stmt
    | try_stmt
    | with_stmt
    | funcdef
    | classdef
    | decorated
    | async_stmt
    | match_stmt
    ;

// A match statement is refused as soon as it is seen. 'match' is a soft keyword: the lexer turns it into a MATCH token
// only at the start of a logical line that ends with ':', so 'match = 3' and 'match(x)' stay ordinary statements.
match_stmt : MATCH {refuseMatchStatement();} ;

if_stmt : IF namedexpr_test COLON block elif_clause* else_clause? ;
elif_clause : ELIF namedexpr_test COLON block ;
else_clause : ELSE COLON block ;
while_stmt : WHILE namedexpr_test COLON block else_clause? ;
for_stmt : FOR exprlist IN testlist_star_expr COLON block else_clause? ;

try_stmt : TRY COLON block (except_clause+ else_clause? finally_clause? | finally_clause) ;
except_clause : EXCEPT (STAR? test (AS NAME)?)? COLON block ;
finally_clause : FINALLY COLON block ;

// 'with (a as b, c as d):' is tried first; 'with (a, b) as c:' falls back to the unparenthesised form.
with_stmt
    : WITH LPAR with_item (COMMA with_item)* COMMA? RPAR COLON block
    | WITH with_item (COMMA with_item)* COLON block
    ;
with_item : test (AS expr)? ;

async_stmt : ASYNC (funcdef | with_stmt | for_stmt) ;

decorated : decorator+ (classdef | funcdef | async_funcdef) ;
decorator : AT namedexpr_test NEWLINE ;
async_funcdef : ASYNC funcdef ;

funcdef : DEF NAME LPAR typedargslist? RPAR (RARROW test)? COLON block ;
classdef : CLASS NAME (LPAR arglist? RPAR)? COLON block ;

block : simple_stmts | NEWLINE INDENT stmt+ DEDENT ;

// Parameters in any order; AstBuilder enforces Python's ordering rules with CPython's messages.
typedargslist : typed_param (COMMA typed_param)* COMMA? ;
typed_param
    : NAME (COLON test)? (EQUAL test)?      # plainTypedParam
    | STAR (NAME (COLON test)?)?            # starTypedParam
    | DOUBLESTAR NAME (COLON test)?         # kwTypedParam
    | SLASH                                 # slashTypedParam
    ;
varargslist : lambda_param (COMMA lambda_param)* COMMA? ;
lambda_param
    : NAME (EQUAL test)?                    # plainLambdaParam
    | STAR NAME?                            # starLambdaParam
    | DOUBLESTAR NAME                       # kwLambdaParam
    | SLASH                                 # slashLambdaParam
    ;

// ---- Expressions, loosest binding first ----

// An expression list that may contain *starred items: assignment sides, return values, for iterables.
testlist_star_expr : (test | star_expr) (COMMA (test | star_expr))* COMMA? ;
testlist : test (COMMA test)* COMMA? ;
// Targets of for, del and comprehensions.
exprlist : (expr | star_expr) (COMMA (expr | star_expr))* COMMA? ;

yield_expr : YIELD (FROM test | testlist_star_expr)? ;

// The walrus is allowed only where Python allows a named expression; AstBuilder checks that the target is a name.
namedexpr_test : test (COLONEQUAL test)? ;

test
    : or_test (IF or_test ELSE test)?
    | lambdef
    ;
lambdef : LAMBDA varargslist? COLON test ;

or_test : and_test (OR and_test)* ;
and_test : not_test (AND not_test)* ;
not_test : NOT not_test | comparison ;
comparison : expr (comp_op expr)* ;
comp_op : LESS | GREATER | EQEQUAL | GREATEREQUAL | LESSEQUAL | NOTEQUAL | IN | NOT IN | IS | IS NOT ;
star_expr : STAR expr ;

expr : xor_expr (VBAR xor_expr)* ;
xor_expr : and_expr (CIRCUMFLEX and_expr)* ;
and_expr : shift_expr (AMPER shift_expr)* ;
shift_expr : arith_expr (ops+=(LEFTSHIFT | RIGHTSHIFT) arith_expr)* ;
arith_expr : term (ops+=(PLUS | MINUS) term)* ;
term : factor (ops+=(STAR | SLASH | PERCENT | DOUBLESLASH | AT) factor)* ;
factor : op=(PLUS | MINUS | TILDE) factor | power ;
// '**' binds tighter than a unary operator on its left (-2**2 == -4) and looser than one on its right (2**-1).
power : atom_expr (DOUBLESTAR factor)? ;
atom_expr : AWAIT? atom trailer* ;

atom
    : LPAR (yield_expr | testlist_comp)? RPAR       # parenAtom
    | LSQB testlist_comp? RSQB                      # listAtom
    | LBRACE dictorsetmaker? RBRACE                 # braceAtom
    | NAME                                          # nameAtom
    | (INTEGER | FLOAT_NUMBER | IMAG_NUMBER)        # numberAtom
    | STRING+                                       # stringAtom
    | ELLIPSIS                                      # ellipsisAtom
    | NONE                                          # noneAtom
    | TRUE                                          # trueAtom
    | FALSE                                         # falseAtom
    ;

// The inside of (...) or [...]: one element, a comprehension, or a comma-separated display.
testlist_comp
    : (namedexpr_test | star_expr) (comp_for | (COMMA (namedexpr_test | star_expr))* trailing_comma=COMMA?)
    ;

trailer
    : LPAR arglist? RPAR                            # callTrailer
    | LSQB subscriptlist RSQB                       # subscriptTrailer
    | DOT NAME                                      # attributeTrailer
    ;

subscriptlist : subscript (COMMA subscript)* trailing_comma=COMMA? ;
// An index, or a slice lower:upper:step with any part left out.
subscript
    : star_expr
    | namedexpr_test (COLON upper=test? slice_step?)?
    | COLON upper=test? slice_step?
    ;
slice_step : COLON test? ;

// The inside of {...}: a dict or a set display, or a comprehension. Whether an item is a key: value pair is
// decided after its first expression; AstBuilder refuses a mixture of dict and set items.
dictorsetmaker : brace_item (comp_for | (COMMA brace_item)* COMMA?) ;
brace_item
    : DOUBLESTAR expr
    | star_expr
    | namedexpr_test (COLON value=test)?
    ;

arglist : argument (COMMA argument)* COMMA? ;
argument
    : NAME EQUAL test                               # keywordArgument
    | DOUBLESTAR test                               # doubleStarArgument
    | STAR test                                     # starArgument
    | namedexpr_test comp_for?                      # positionalArgument
    ;

// One or more 'for ... in ... if ...' clauses of a comprehension.
comp_for : comp_clause+ ;
comp_clause : ASYNC? FOR exprlist IN or_test (IF or_test)* ;
