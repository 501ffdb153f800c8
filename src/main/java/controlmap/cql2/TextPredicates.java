package controlmap.cql2;

import controlmap.cql2.Cql2Parser.GeomExpressionContext;
import controlmap.cql2.Cql2Parser.IsNullOperandContext;
import controlmap.cql2.Cql2Parser.PredicateContext;
import controlmap.cql2.Cql2Parser.ScalarExpressionContext;
import controlmap.cql2.Cql2Parser.TemporalExpressionContext;
import java.util.List;
import java.util.Locale;

/** The predicates of the CQL2 text encoding, from the parse tree to {@link Expr}. */
final class TextPredicates {

    private TextPredicates() {
    }

    static Expr predicate(PredicateContext ctx) {
        if (ctx.binaryComparisonPredicate() != null) {
            var c = ctx.binaryComparisonPredicate();
            return new Expr.Compare(c.comparisonOperator().getText(), Cql2Text.scalar(c.scalarExpression(0)),
                    Cql2Text.scalar(c.scalarExpression(1)));
        }
        if (ctx.isLikePredicate() != null) {
            var c = ctx.isLikePredicate();
            return negated(c.NOT() != null, new Expr.Like(Cql2Text.scalar(c.scalarExpression(0)),
                    Cql2Text.scalar(c.scalarExpression(1))));
        }
        if (ctx.isBetweenPredicate() != null) {
            var c = ctx.isBetweenPredicate();
            return negated(c.NOT() != null, new Expr.Between(Cql2Text.scalar(c.scalarExpression(0)),
                    Cql2Text.scalar(c.scalarExpression(1)), Cql2Text.scalar(c.scalarExpression(2))));
        }
        if (ctx.isInListPredicate() != null) {
            var c = ctx.isInListPredicate();
            List<ScalarExpressionContext> all = c.scalarExpression();
            return negated(c.NOT() != null, new Expr.In(Cql2Text.scalar(all.get(0)),
                    all.subList(1, all.size()).stream().map(Cql2Text::scalar).toList()));
        }
        if (ctx.isNullPredicate() != null) {
            var c = ctx.isNullPredicate();
            return negated(c.NOT() != null, new Expr.IsNull(nullOperand(c.isNullOperand())));
        }
        if (ctx.spatialPredicate() != null) {
            var c = ctx.spatialPredicate();
            return new Expr.Spatial(c.SPATIAL_FUNCTION().getText().toLowerCase(Locale.ROOT),
                    geometry(c.geomExpression(0)), geometry(c.geomExpression(1)));
        }
        var c = ctx.temporalPredicate();
        return new Expr.Temporal(c.TEMPORAL_FUNCTION().getText().toLowerCase(Locale.ROOT),
                temporal(c.temporalExpression(0)), temporal(c.temporalExpression(1)));
    }

    private static Expr negated(boolean not, Expr e) {
        return not ? new Expr.Not(e) : e;
    }

    private static Operand nullOperand(IsNullOperandContext ctx) {
        if (ctx.scalarExpression() != null) {
            return Cql2Text.scalar(ctx.scalarExpression());
        }
        if (ctx.interval() != null) {
            return TextLiterals.interval(ctx.interval());
        }
        return new Operand.Shape(TextGeometry.of(ctx.spatialInstance()));
    }

    private static Operand geometry(GeomExpressionContext ctx) {
        return ctx.propertyName() != null ? TextLiterals.property(ctx.propertyName())
                : new Operand.Shape(TextGeometry.of(ctx.spatialInstance()));
    }

    private static Operand temporal(TemporalExpressionContext ctx) {
        if (ctx.propertyName() != null) {
            return TextLiterals.property(ctx.propertyName());
        }
        if (ctx.instantInstance() != null) {
            return TextLiterals.instant(ctx.instantInstance());
        }
        return TextLiterals.interval(ctx.interval());
    }
}
