using System.Reflection;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Offramp.Web.Api;

/// <summary>
/// Declares the error answers that the shared machinery gives every API endpoint, from what the endpoint itself declares:
/// its token policy, its <see cref="EndpointAudience"/>, its body, its query, whether it <see cref="IfMatchExtensions.RequiresIfMatch"/>
/// and whether it reads a step-up code.
/// Each rule here mirrors one place where the answer is made (authentication, the authorization policies, the use cases'
/// scope checks as the authorization matrix test states them, <c>ProblemDetailsExceptionHandler</c>), so the document
/// lists every answer without 118 copies of the same five lines. What only some use cases answer (409, a 422 of a query)
/// the endpoint declares itself with <c>ProducesProblem</c> / <c>ProducesValidationProblem</c>.
/// </summary>
public static class ProblemResponses
{
    private static readonly string[] ProblemJson = ["application/problem+json"];

    public static TBuilder WithProblemResponses<TBuilder>(this TBuilder api)
        where TBuilder : IEndpointConventionBuilder
    {
        api.Finally(Declare);
        return api;
    }

    private static void Declare(EndpointBuilder endpoint)
    {
        var metadata = endpoint.Metadata;
        var declared = metadata.OfType<IProducesResponseTypeMetadata>().Select(p => p.StatusCode).ToHashSet();
        void Add(int status, Type body)
        {
            if (declared.Add(status))
            {
                metadata.Add(new ProducesResponseTypeMetadata(status, body, ProblemJson));
            }
        }

        var hasRouteValues = endpoint is RouteEndpointBuilder { RoutePattern.Parameters.Count: > 0 };
        var hasBody = metadata.OfType<IAcceptsMetadata>().Any();
        var hasIfMatch = metadata.OfType<IfMatchMetadata>().Any();
        var hasTypedQuery = QueryParameters(endpoint).Any(p => !IsOptionalText(p));

        // No, an expired or a revoked token.
        Add(StatusCodes.Status401Unauthorized, typeof(ProblemDetails));

        // A read-only token on a write.
        if (metadata.OfType<IAuthorizeData>().Any(a => a.Policy == Auth.Policies.ApiWrite))
        {
            Add(StatusCodes.Status403Forbidden, typeof(ProblemDetails));
        }

        // Binding (a wrong type, malformed JSON, a missing required value) and If-Match that is not a strong ETag.
        if (hasBody || hasIfMatch || hasTypedQuery)
        {
            Add(StatusCodes.Status400BadRequest, typeof(ProblemDetails));
        }

        // The use cases validate every command they are given (CommandValidation): field errors name the field.
        if (hasBody)
        {
            Add(StatusCodes.Status422UnprocessableEntity, typeof(HttpValidationProblemDetails));
        }

        if (hasIfMatch)
        {
            Add(StatusCodes.Status412PreconditionFailed, typeof(ProblemDetails));
            Add(StatusCodes.Status428PreconditionRequired, typeof(ProblemDetails));
        }

        // A step-up code is a credential: too many attempts from one client network are refused (CredentialRateLimits).
        if (metadata.OfType<Auth.StepUpMetadata>().Any())
        {
            Add(StatusCodes.Status429TooManyRequests, typeof(ProblemDetails));
        }

        foreach (var status in Refusals(metadata.OfType<AudienceMetadata>().SingleOrDefault()?.Audience, hasRouteValues))
        {
            Add(status, status == StatusCodes.Status422UnprocessableEntity ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails));
        }
    }

    /// <summary>What a caller the audience does not admit gets: 404 where the record is out of their sight, 403 where they see the case but the action is not theirs.</summary>
    private static int[] Refusals(EndpointAudience? audience, bool hasRouteValues) => audience switch
    {
        // Self answers only about the caller: someone else's token, task or grant is not found. Lists of the case team
        // (caseload, search) are filtered to the caller's scope; only a participant named in the route can be out of it.
        EndpointAudience.Self or EndpointAudience.CaseTeam => hasRouteValues ? [StatusCodes.Status404NotFound] : [],
        EndpointAudience.CaseManager or EndpointAudience.Director or EndpointAudience.AssessmentRater or EndpointAudience.AssessmentOpener
            or EndpointAudience.ConsensusChair or EndpointAudience.MentorOrCaseManager or EndpointAudience.RoleRequestDecider
            or EndpointAudience.RoleRequestRequester => [StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound],

        // The program is named in the body: one the caller may not register in is a field error.
        EndpointAudience.ProgramIntake => [StatusCodes.Status422UnprocessableEntity],

        // Those who already see the record are told so.
        EndpointAudience.EmergencyAccess => [StatusCodes.Status404NotFound, StatusCodes.Status409Conflict],
        null => throw new InvalidOperationException("An API endpoint declares no audience: add .For(EndpointAudience.X)."),
        _ => [StatusCodes.Status404NotFound],
    };

    /// <summary>Handler parameters bound from the query string: simple values not named in the route, and [AsParameters] objects.</summary>
    private static IEnumerable<ParameterInfo> QueryParameters(EndpointBuilder endpoint)
    {
        var routeNames = endpoint is RouteEndpointBuilder route ? route.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase) : [];
        var handler = endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault();
        return handler is null
            ? []
            : handler.GetParameters().Where(p => !routeNames.Contains(p.Name!) && (IsSimple(p.ParameterType) || p.GetCustomAttribute<AsParametersAttribute>() is not null));
    }

    private static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(Guid) || t == typeof(DateOnly) || t == typeof(DateTimeOffset) || t == typeof(decimal);
    }

    /// <summary>Optional text binds whatever is sent, so it alone never makes a 400.</summary>
    private static bool IsOptionalText(ParameterInfo parameter) =>
        parameter.ParameterType == typeof(string) && new NullabilityInfoContext().Create(parameter).ReadState == NullabilityState.Nullable;
}
