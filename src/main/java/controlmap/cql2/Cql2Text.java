package controlmap.cql2;

import controlmap.cql2.Cql2Parser.BooleanExpressionContext;
import controlmap.cql2.Cql2Parser.BooleanFactorContext;
import controlmap.cql2.Cql2Parser.BooleanPrimaryContext;
import controlmap.cql2.Cql2Parser.BooleanTermContext;
import controlmap.cql2.Cql2Parser.ScalarExpressionContext;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Reads the CQL2 text encoding with the parser ANTLR generates from {@code Cql2.g4}, into an {@link Expr}.
 * A syntax error is a {@link Cql2Exception} naming the line, the column and the character offset (both from 1) where
 * the text stops making sense, and what was found there.
 */
public final class Cql2Text {

    private Cql2Text() {
    }

    /**
     * The filter {@code text} as a tree; property names are not checked here ({@link Queryables#check} does).
     *
     * @throws Cql2Exception on a syntax error or a literal that is not what its tag says (a {@code DATE('…')} that is
     *                       not a day)
     */
    public static Expr parse(String text) {
        Cql2Lexer lexer = new Cql2Lexer(CharStreams.fromString(text));
        Cql2Parser parser = new Cql2Parser(new CommonTokenStream(lexer));
        ErrorThrower errors = new ErrorThrower();
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        try {
            return booleanExpression(parser.cql2Text().booleanExpression());
        } catch (StackOverflowError e) {
            // the parser descends once per level of parentheses
            throw new Cql2Exception("the filter is nested too deeply");
        }
    }

    private static Expr booleanExpression(BooleanExpressionContext ctx) {
        List<Expr> terms = new ArrayList<>();
        for (BooleanTermContext t : ctx.booleanTerm()) {
            terms.add(booleanTerm(t));
        }
        return terms.size() == 1 ? terms.get(0) : new Expr.Or(terms);
    }

    private static Expr booleanTerm(BooleanTermContext ctx) {
        List<Expr> factors = new ArrayList<>();
        for (BooleanFactorContext f : ctx.booleanFactor()) {
            Expr e = booleanPrimary(f.booleanPrimary());
            factors.add(f.NOT() != null ? new Expr.Not(e) : e);
        }
        return factors.size() == 1 ? factors.get(0) : new Expr.And(factors);
    }

    private static Expr booleanPrimary(BooleanPrimaryContext ctx) {
        if (ctx.booleanLiteral() != null) {
            return new Expr.Constant(ctx.booleanLiteral().TRUE() != null);
        }
        if (ctx.booleanExpression() != null) {
            return booleanExpression(ctx.booleanExpression());
        }
        return TextPredicates.predicate(ctx.predicate());
    }

    /** Scalar operands, shared with {@link TextPredicates}. */
    static Operand scalar(ScalarExpressionContext ctx) {
        if (ctx.propertyName() != null) {
            return TextLiterals.property(ctx.propertyName());
        }
        if (ctx.characterLiteral() != null) {
            return new Operand.Text(TextLiterals.string(ctx.characterLiteral()));
        }
        if (ctx.numericLiteral() != null) {
            return new Operand.Number(TextLiterals.number(ctx.numericLiteral().NUMBER()));
        }
        if (ctx.booleanLiteral() != null) {
            return new Operand.Bool(ctx.booleanLiteral().TRUE() != null);
        }
        return TextLiterals.instant(ctx.instantInstance());
    }

    /** Where {@code token} starts, as the error messages say it. */
    static String at(Token token) {
        return "line " + token.getLine() + ", column " + (token.getCharPositionInLine() + 1) + " (character "
                + (token.getStartIndex() + 1) + ")";
    }

    static String at(TerminalNode node) {
        return at(node.getSymbol());
    }

    /** Turns the first syntax error of the lexer or the parser into a {@link Cql2Exception}. */
    private static final class ErrorThrower extends BaseErrorListener {
        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int column, String msg,
                                RecognitionException e) {
            String where = offending instanceof Token t && t.getStartIndex() >= 0 ? at(t)
                    : "line " + line + ", column " + (column + 1);
            String found = offending instanceof Token t
                    ? (t.getType() == Token.EOF ? "the end of the filter" : "'" + t.getText() + "'") : null;
            throw new Cql2Exception("syntax error at " + where + (found == null ? "" : " at " + found) + ": " + msg);
        }
    }
}
