/*
 * CQL2 text encoding (OGC 21-065, Common Query Language), the parts ControlMap evaluates: Basic CQL2 (comparisons,
 * AND/OR/NOT, IS NULL, DATE/TIMESTAMP literals), advanced comparison operators (LIKE, BETWEEN, IN), spatial functions
 * (S_INTERSECTS … S_CONTAINS with BBOX and WKT literals) and temporal functions (T_AFTER … T_STARTS with INTERVAL).
 * Written after the standard's BNF (cql2.bnf): the same rule names where they exist, so each rule can be checked
 * against it. Left out: arithmetic, functions, CASEI/ACCENTI, arrays (not declared as conformance classes).
 * Keywords are case-insensitive, as the standard says; property names are identifiers or "double-quoted".
 */
grammar Cql2;

options { caseInsensitive = true; }

cql2Text : booleanExpression EOF ;

booleanExpression : booleanTerm (OR booleanTerm)* ;

booleanTerm : booleanFactor (AND booleanFactor)* ;

booleanFactor : NOT? booleanPrimary ;

booleanPrimary
    : predicate
    | booleanLiteral
    | LEFTPAREN booleanExpression RIGHTPAREN
    ;

predicate
    : binaryComparisonPredicate
    | isLikePredicate
    | isBetweenPredicate
    | isInListPredicate
    | isNullPredicate
    | spatialPredicate
    | temporalPredicate
    ;

binaryComparisonPredicate : scalarExpression comparisonOperator scalarExpression ;

comparisonOperator : EQ | NE | LT | GT | LE | GE ;

isLikePredicate : scalarExpression NOT? LIKE scalarExpression ;

isBetweenPredicate : scalarExpression NOT? BETWEEN scalarExpression AND scalarExpression ;

isInListPredicate : scalarExpression NOT? IN LEFTPAREN scalarExpression (COMMA scalarExpression)* RIGHTPAREN ;

isNullPredicate : isNullOperand IS NOT? NULL ;

isNullOperand : scalarExpression | spatialInstance | interval ;

scalarExpression
    : propertyName
    | characterLiteral
    | numericLiteral
    | booleanLiteral
    | instantInstance
    ;

spatialPredicate : SPATIAL_FUNCTION LEFTPAREN geomExpression COMMA geomExpression RIGHTPAREN ;

geomExpression : propertyName | spatialInstance ;

spatialInstance : geometryLiteral | bboxTaggedText ;

geometryLiteral
    : POINT pointText
    | LINESTRING lineStringText
    | POLYGON polygonText
    | MULTIPOINT LEFTPAREN pointMember (COMMA pointMember)* RIGHTPAREN
    | MULTILINESTRING LEFTPAREN lineStringText (COMMA lineStringText)* RIGHTPAREN
    | MULTIPOLYGON LEFTPAREN polygonText (COMMA polygonText)* RIGHTPAREN
    | GEOMETRYCOLLECTION LEFTPAREN geometryLiteral (COMMA geometryLiteral)* RIGHTPAREN
    ;

pointText : LEFTPAREN point RIGHTPAREN ;

pointMember : pointText | point ;

lineStringText : LEFTPAREN point (COMMA point)* RIGHTPAREN ;

polygonText : LEFTPAREN lineStringText (COMMA lineStringText)* RIGHTPAREN ;

point : NUMBER NUMBER NUMBER? ;

bboxTaggedText : BBOX LEFTPAREN NUMBER (COMMA NUMBER)+ RIGHTPAREN ;

temporalPredicate : TEMPORAL_FUNCTION LEFTPAREN temporalExpression COMMA temporalExpression RIGHTPAREN ;

temporalExpression : propertyName | instantInstance | interval ;

instantInstance
    : DATE LEFTPAREN characterLiteral RIGHTPAREN          # dateInstant
    | TIMESTAMP LEFTPAREN characterLiteral RIGHTPAREN     # timestampInstant
    ;

interval : INTERVAL LEFTPAREN instantParameter COMMA instantParameter RIGHTPAREN ;

instantParameter : characterLiteral | propertyName ;

propertyName : IDENTIFIER | QUOTED_IDENTIFIER ;

characterLiteral : STRING ;

numericLiteral : NUMBER ;

booleanLiteral : TRUE | FALSE ;

// ---- lexer ----

AND : 'AND' ;
OR : 'OR' ;
NOT : 'NOT' ;
LIKE : 'LIKE' ;
BETWEEN : 'BETWEEN' ;
IN : 'IN' ;
IS : 'IS' ;
NULL : 'NULL' ;
TRUE : 'TRUE' ;
FALSE : 'FALSE' ;
DATE : 'DATE' ;
TIMESTAMP : 'TIMESTAMP' ;
INTERVAL : 'INTERVAL' ;
BBOX : 'BBOX' ;
POINT : 'POINT' ;
LINESTRING : 'LINESTRING' ;
POLYGON : 'POLYGON' ;
MULTIPOINT : 'MULTIPOINT' ;
MULTILINESTRING : 'MULTILINESTRING' ;
MULTIPOLYGON : 'MULTIPOLYGON' ;
GEOMETRYCOLLECTION : 'GEOMETRYCOLLECTION' ;

SPATIAL_FUNCTION
    : 'S_INTERSECTS' | 'S_EQUALS' | 'S_DISJOINT' | 'S_TOUCHES' | 'S_WITHIN' | 'S_OVERLAPS' | 'S_CROSSES'
    | 'S_CONTAINS'
    ;

TEMPORAL_FUNCTION
    : 'T_AFTER' | 'T_BEFORE' | 'T_CONTAINS' | 'T_DISJOINT' | 'T_DURING' | 'T_EQUALS' | 'T_FINISHEDBY'
    | 'T_FINISHES' | 'T_INTERSECTS' | 'T_MEETS' | 'T_METBY' | 'T_OVERLAPPEDBY' | 'T_OVERLAPS' | 'T_STARTEDBY'
    | 'T_STARTS'
    ;

EQ : '=' ;
NE : '<>' ;
LE : '<=' ;
GE : '>=' ;
LT : '<' ;
GT : '>' ;
LEFTPAREN : '(' ;
RIGHTPAREN : ')' ;
COMMA : ',' ;

// a character literal: single quotes, a quote inside doubled
STRING : '\'' ( ~'\'' | '\'\'' )* '\'' ;

NUMBER : [+-]? ( DIGIT+ ( '.' DIGIT* )? | '.' DIGIT+ ) ( 'E' [+-]? DIGIT+ )? ;

IDENTIFIER : [a-z_] [a-z0-9_.:]* ;

QUOTED_IDENTIFIER : '"' ~'"'+ '"' ;

WHITESPACE : [ \t\r\n]+ -> skip ;

// anything else reaches the parser as a token it does not expect, so its error names the position
UNEXPECTED : . ;

fragment DIGIT : [0-9] ;
