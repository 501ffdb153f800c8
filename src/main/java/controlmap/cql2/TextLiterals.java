package controlmap.cql2;

import controlmap.cql2.Cql2Parser.CharacterLiteralContext;
import controlmap.cql2.Cql2Parser.DateInstantContext;
import controlmap.cql2.Cql2Parser.InstantInstanceContext;
import controlmap.cql2.Cql2Parser.InstantParameterContext;
import controlmap.cql2.Cql2Parser.IntervalContext;
import controlmap.cql2.Cql2Parser.PropertyNameContext;
import controlmap.cql2.Cql2Parser.TimestampInstantContext;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Literals and property names of the CQL2 text encoding. */
final class TextLiterals {

    private TextLiterals() {
    }

    static Operand.Property property(PropertyNameContext ctx) {
        String t = ctx.getText();
        return new Operand.Property(ctx.QUOTED_IDENTIFIER() != null ? t.substring(1, t.length() - 1) : t);
    }

    /** The characters of a literal: without its quotes, a doubled quote as one. */
    static String string(CharacterLiteralContext ctx) {
        String t = ctx.STRING().getText();
        return t.substring(1, t.length() - 1).replace("''", "'");
    }

    static double number(TerminalNode n) {
        try {
            return Double.parseDouble(n.getText());
        } catch (NumberFormatException e) {
            throw new Cql2Exception("'" + n.getText() + "' at " + Cql2Text.at(n) + " is not a number");
        }
    }

    static Operand instant(InstantInstanceContext ctx) {
        if (ctx instanceof DateInstantContext d) {
            return Instants.day(string(d.characterLiteral()), "DATE at " + Cql2Text.at(d.DATE()));
        }
        TimestampInstantContext t = (TimestampInstantContext) ctx;
        return Instants.timestamp(string(t.characterLiteral()), "TIMESTAMP at " + Cql2Text.at(t.TIMESTAMP()));
    }

    static Operand.Interval interval(IntervalContext ctx) {
        String where = "INTERVAL at " + Cql2Text.at(ctx.INTERVAL());
        return new Operand.Interval(bound(ctx.instantParameter(0), where), bound(ctx.instantParameter(1), where));
    }

    private static Operand bound(InstantParameterContext ctx, String where) {
        return ctx.propertyName() != null ? property(ctx.propertyName())
                : Instants.bound(string(ctx.characterLiteral()), where);
    }
}
