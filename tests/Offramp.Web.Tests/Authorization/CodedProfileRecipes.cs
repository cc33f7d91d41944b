using System.Net;

using Microsoft.EntityFrameworkCore;
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
        [$"PUT {Participant}/coded-profile/"] = new(RecordType.Participant, HttpStatusCode.NoContent, CodeAsync),
    };

    private static Task<PreparedRequest> Done(PreparedRequest request) => Task.FromResult(request);

    private static PreparedRequest Route(params (string Name, object Value)[] values) => new(values.ToDictionary(v => v.Name, v => v.Value));

    /// <summary>
    /// Codes the case's exit status at entry, with the version the answer has now: the matrix publishes codebook versions
    /// as it goes, so an answer on an older version is a change, and a change needs the version last seen.
    /// </summary>
    private static async Task<PreparedRequest> CodeAsync(MatrixCall c)
    {
        var participantId = c.Scene.Case(c.Kind).ParticipantId;
        await EnsureCodebookAsync(c.World, c.Kind == RecordKind.OtherOrganisation ? c.World.OtherOrganisationId : c.World.OrganisationId);
        var version = await c.World.DbAsync(db => db.Set<CodedAnswer>().Where(a => a.ParticipantId == participantId && a.FieldKey == "exit-status-at-entry")
            .Select(a => a.Version).SingleOrDefaultAsync());
        return Route(("id", participantId)) with
        {
            Body = new CodedProfileCommand { Answers = [new() { Field = "exit-status-at-entry", Codes = ["doubting"], ExpectedVersion = version }] },
        };
    }

    /// <summary>A published codebook in the organisation, put in as the CLI would (the other organisation has no admin persona).</summary>
    private static async Task EnsureCodebookAsync(TestWorld world, Guid organisationId)
    {
        await using var scope = world.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Offramp.Core.Data.OfframpDbContext>();
        if (await ListCodebooks.CurrentAsync(db, organisationId, default) is null)
        {
            var draft = await scope.ServiceProvider.GetRequiredService<ImportCodebook>().ImportAsync(organisationId, TestWorld.ShippedCodebook(NextVersion()).ToJsonString());
            await scope.ServiceProvider.GetRequiredService<PublishCodebook>().PublishAsync(draft);
        }
    }

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
