using System.Linq.Expressions;

namespace Offramp.Core.Access;

/// <summary>ORs predicates into one expression over a single parameter, so EF translates it as one WHERE clause.</summary>
internal static class PredicateUnion
{
    public static Expression<Func<T, bool>> AnyOf<T>(IReadOnlyList<Expression<Func<T, bool>>> predicates)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        var body = predicates
            .Select(p => new Rebind(p.Parameters[0], parameter).Visit(p.Body))
            .Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
