using System.Net;
using System.Reflection;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.Scope;

/// <summary>
/// Every page about one participant, found from the app's own page routes rather than listed by hand, answers the
/// program director with the page (or sends them on within the case) and a caseworker of another caseload, a director of another organisation, and anyone
/// asking for an id that does not exist with the same 404. A page added without its scope check fails here.
/// </summary>
public sealed class PageScopeTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    /// <summary>Pages whose id is not a participant's, or that exist for participants outside the caller's scope.</summary>
    private static readonly Dictionary<string, string> NotParticipantPages = new(StringComparer.Ordinal)
    {
        ["/Library/Review"] = "a library release",
        ["/Evidence/Review"] = "an evidence release",
        ["/Hub/Library/Profile"] = "a hub library profile",
        ["/BreakGlass/Request"] = "asks for emergency access to a participant outside the caller's scope; it shows only the code typed in",
    };

    [Theory]
    [BothProviders]
    public async Task Every_participant_page_shows_the_case_to_its_director_and_is_not_found_for_anyone_else(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        await world.WalkToAsync(participant.Id, Core.Stages.Stage.Assessment);
        var assessment = await world.OpenAssessmentAsync(participant.Id, await world.ImportInstrumentAsync(TestWorld.OpenInstrument()));
        // Pages about one record of the participant take its id as well.
        var secondIds = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["/Participants/Screening"] = $"&referralId={participant.ReferralId}",
            ["/Assessments/View"] = $"&assessmentId={assessment}",
            ["/Assessments/Rate"] = $"&assessmentId={assessment}",
        };
        var pages = ParticipantPages(world, secondIds);
        Assert.True(pages.Count >= 20, $"only {pages.Count} participant pages found: {string.Join(", ", pages)}");

        using var director = await PageSession.SignInAsync(world, Persona.Director);
        using var otherCaseload = await PageSession.SignInAsync(world, Persona.CaseworkerB);
        using var otherOrganisation = await PageSession.SignInAsync(world, Persona.OtherOrganisationDirector);
        var problems = new List<string>();
        foreach (var page in pages)
        {
            // A page the director may see but not use (rating, for a director who is not a rater) sends them on to the case.
            var (shown, _) = await director.GetAsync(page(participant.Id));
            if (shown is not (HttpStatusCode.OK or HttpStatusCode.Redirect))
            {
                problems.Add($"{page(participant.Id)} as the director: {(int)shown}, expected 200 or a redirect within the case");
            }

            var (_, absentBody) = await director.GetAsync(page(Guid.NewGuid()));
            foreach (var (caller, session) in new[] { ("another caseload's caseworker", otherCaseload), ("another organisation's director", otherOrganisation) })
            {
                var (status, body) = await session.GetAsync(page(participant.Id));
                if (status != HttpStatusCode.NotFound)
                {
                    problems.Add($"{page(participant.Id)} as {caller}: {(int)status}, expected 404");
                }
                else if (body.Contains(participant.Code, StringComparison.Ordinal))
                {
                    problems.Add($"{page(participant.Id)} as {caller}: the 404 names the participant");
                }
            }

            if (absentBody.Contains(participant.Code, StringComparison.Ordinal))
            {
                problems.Add($"{page(Guid.NewGuid())}: a nonexistent id shows the participant");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>
    /// Each page whose model binds a participant id: from the route template ("/Plans/{id:guid}") or a GET-bound Id
    /// property ("/Participants/Consent?id=…"). The URL maker takes the id.
    /// </summary>
    private static List<Func<Guid, string>> ParticipantPages(TestWorld world, IReadOnlyDictionary<string, string> secondIds)
    {
        var models = typeof(Program).Assembly.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract)
            .ToDictionary(t => t.FullName!, StringComparer.Ordinal);
        var pages = new List<Func<Guid, string>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var descriptor in world.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
                     .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()).OfType<PageActionDescriptor>())
        {
            var path = descriptor.ViewEnginePath;
            if (!seen.Add(path) || NotParticipantPages.ContainsKey(path)
                || !models.TryGetValue($"Offramp.Web.Pages{path.Replace('/', '.')}Model", out var model))
            {
                continue;
            }

            var template = "/" + descriptor.AttributeRouteInfo?.Template;
            if (template.Contains("{id:guid}", StringComparison.Ordinal))
            {
                pages.Add(id => template.Replace("{id:guid}", id.ToString(), StringComparison.Ordinal));
            }
            else if (model.GetProperty("Id", BindingFlags.Public | BindingFlags.Instance) is { PropertyType: var type } property
                     && type == typeof(Guid) && property.GetCustomAttribute<BindPropertyAttribute>(inherit: true) is { SupportsGet: true })
            {
                pages.Add(id => $"{path}?id={id}{secondIds.GetValueOrDefault(path)}");
            }
        }

        return pages;
    }
}
