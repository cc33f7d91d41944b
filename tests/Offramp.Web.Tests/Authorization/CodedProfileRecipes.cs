using System.Net;

using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.CodedProfiles;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Authorization;

/// <summary>Valid requests for the codebook and coded-profile endpoints, merged into <see cref="EndpointRecipes.All"/>.</summary>
public static class CodedProfileRecipes
{
    private const string Participant = "/api/v1/participants/{id:guid}";

    private static int versions;

    public static IReadOnlyDictionary<string, Recipe> All { get; } = new Dictionary<string, Recipe>(StringComparer.Ordinal)
    {
        ["GET /api/v1/codebooks"] = new(RecordType.None, HttpStatusCode.OK, _ => Done(PreparedRequest.Plain)),
        ["POST /api/v1/admin/codebooks/"] = new(RecordType.None, HttpStatusCode.Created, _ => Done(PreparedRequest.Plain with { Body = TestWorld.ShippedCodebook(NextVersion()) })),
        ["POST /api/v1/admin/codebooks/{codebookId:guid}/publication"] = new(RecordType.AdminInstrument, HttpStatusCode.NoContent, PublishAsync),
        [$"GET {Participant}/coded-profile/"] = new(RecordType.Participant, HttpStatusCode.OK, c => Done(Route(("id", c.Scene.Case(c.Kind).ParticipantId)))),
        [$"PUT {Participant}/coded-profile/"] = new(RecordType.Participant, HttpStatusCode.NoContent, async c =>
        {
            await c.World.EnsureCodebookAsync();
            // The same answer every time: the first allowed call codes it, later ones change nothing (and so need no version).
            return Route(("id", c.Scene.Case(c.Kind).ParticipantId)) with
            {
                Body = new CodedProfileCommand { Answers = [new() { Field = "exit-status-at-entry", Codes = ["doubting"] }] },
            };
        }),
    };

    private static Task<PreparedRequest> Done(PreparedRequest request) => Task.FromResult(request);

    private static PreparedRequest Route(params (string Name, object Value)[] values) => new(values.ToDictionary(v => v.Name, v => v.Value));

    /// <summary>A version label no other draft has: a published version cannot be imported again.</summary>
    private static string NextVersion() => $"9.{Interlocked.Increment(ref versions)}";

    /// <summary>A fresh draft of the main organisation (or of the other one, put in as the CLI would), at version 1.</summary>
    private static async Task<PreparedRequest> PublishAsync(MatrixCall c)
    {
        Guid id;
        if (c.Kind is RecordKind.TeamCase or RecordKind.OtherOrganisation)
        {
            await using var scope = c.World.App.Services.CreateAsyncScope();
            var organisation = c.Kind == RecordKind.TeamCase ? c.World.OrganisationId : c.World.OtherOrganisationId;
            id = (await scope.ServiceProvider.GetRequiredService<ImportCodebook>().ImportAsync(organisation, TestWorld.ShippedCodebook(NextVersion()).ToJsonString())).Id;
        }
        else
        {
            id = Guid.NewGuid();
        }

        return Route(("codebookId", id)) with { IfMatch = 1 };
    }
}
