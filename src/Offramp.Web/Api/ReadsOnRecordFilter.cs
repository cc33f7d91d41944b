using Offramp.Core.Audit;
using Offramp.Core.Data;

namespace Offramp.Web.Api;

/// <summary>
/// Every GET of the API is checked by <see cref="ReadsOnRecord"/> after its handler and before its result is written:
/// a read whose use case opened a participant's record without an audit event answers 500, and shows nothing.
/// </summary>
public sealed class ReadsOnRecordFilter(OfframpDbContext db) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var method = context.HttpContext.Request.Method;
        if ((HttpMethods.IsGet(method) || HttpMethods.IsHead(method)) && result is not IStatusCodeHttpResult { StatusCode: >= 300 })
        {
            ReadsOnRecord.Require(db.Audit);
        }

        return result;
    }
}

/// <summary>Marks an endpoint whose reads are checked, so a test can prove that every API endpoint is.</summary>
public sealed class ReadsOnRecordMetadata
{
    public static readonly ReadsOnRecordMetadata Instance = new();

    private ReadsOnRecordMetadata()
    {
    }
}

public static class ReadsOnRecordExtensions
{
    public static TBuilder RequireReadsOnRecord<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, ReadsOnRecordFilter>().WithMetadata(ReadsOnRecordMetadata.Instance);
}
