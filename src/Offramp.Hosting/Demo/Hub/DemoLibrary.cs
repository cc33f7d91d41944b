using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Data;
using Offramp.Core.Library.Content;
using Offramp.Core.Library.Hub;
using Offramp.Core.Library.Publishing;
using Offramp.Core.ProgramCatalogue;

namespace Offramp.Hosting.Demo.Hub;

/// <summary>
/// On first start the demo's practice library fills: the hub takes in the profiles shipped with Offramp (the reference
/// programs as their sources describe them), and the demo organisation publishes a profile of each of its programs,
/// proposed by the demo evaluator and released by the demo director, and a lesson, through the same use cases as the
/// pages. The demo's own profiles say that they are the demo's, and their cost is marked as illustrative.
/// </summary>
public sealed class DemoLibrary(OfframpDbContext db, ProposeProfile proposeProfile, ProposeLesson proposeLesson, ReleaseLibraryItem release,
    TakeInShippedProfiles takeIn, ReceiveLibraryItem receive, DemoHub hub)
{
    public async Task SeedAsync(DemoWorld world, CancellationToken ct)
    {
        var caller = await hub.EnsureAsync(ct);
        await takeIn.ForHubAsync(caller, ct);
        if (await db.Set<LibraryRelease>().AnyAsync(r => r.OrganisationId == world.Organisation.Id, ct))
        {
            return;
        }

        var templates = await db.Set<ProgramTemplate>().AsNoTracking().Include(t => t.Modules).Where(t => t.OrganisationId == world.Organisation.Id).ToDictionaryAsync(t => t.Key, ct);
        var evaluator = world.Accounts[Role.Evaluator].Id;
        var director = world.Accounts[Role.ProgramDirector].Id;
        var files = new List<byte[]>();
        foreach (var program in world.Programs)
        {
            var model = DemoProgramCatalogue.Of(program);
            var proposal = await proposeProfile.ForOperatorAsync(program.Name, Profile(model, templates.GetValueOrDefault(model.TemplateKey)), ct);
            files.Add(await release.ForDemoAsync(proposal, evaluator, director, ct));
            if (model.Key == DemoProgramCatalogue.BackOnTrack)
            {
                var lesson = await proposeLesson.ForOperatorAsync(program.Name, MentorLesson, ct);
                files.Add(await release.ForDemoAsync(lesson, evaluator, director, ct));
            }

            db.ChangeTracker.Clear();
        }

        foreach (var file in files)
        {
            await receive.ForHubAsync(caller, file, ct);
        }
    }

    private static PracticeProfile Profile(DemoProgramModel model, ProgramTemplate? template)
    {
        var reference = PracticeSeeds.ForKey(model.TemplateKey)?.Profile.Name;
        return new PracticeProfile
        {
            Name = model.Name,
            Kind = model.Kind.ToString(),
            Country = "Demo",
            Region = "Demo region",
            Aims = [.. Enum.GetValues<Offramp.Core.Organisations.ProgramAims>().Where(a => a != Offramp.Core.Organisations.ProgramAims.None && model.Aims.HasFlag(a)).Select(a => a.ToString())],
            Summary = model.Description + (reference is null ? "" : $" The demo organisation's program modelled on {reference}: the library's profile of {reference} says what its published sources state."),
            TargetGroup = template?.TargetGroup,
            Components = [.. (template?.Modules ?? []).OrderBy(m => m.Order).Select(m => new PracticeComponent { Name = m.Name, Description = m.Description })],
            EvaluationDesign = "Completers compared with early leavers within the program (not randomised); outcomes followed from release or entry, published as evidence bundles to the demo hub.",
            PublicContact = "library@demo.offramp.org",
            CostPerParticipant = model.Key == DemoProgramCatalogue.BackOnTrack
                ? new PracticeCost { Amount = 6500m, Currency = "EUR", Year = 2025, Basis = "Illustrative demo figure: a year of mentoring, mentor training shared across mentees." }
                : null,
        };
    }

    private static PracticeLesson MentorLesson => new()
    {
        Title = "Mentors who stay through release",
        Context = "Demo organisation, mentoring in prison continuing after release.",
        Challenge = "Mentees lost contact with their mentor in the weeks after release, when the risk of drifting back was highest.",
        Tried = "The mentoring agreement names the first three meetings after release before release, and the mentor meets the mentee at the gate.",
        Result = "Illustrative demo lesson: no result is claimed.",
        Tags = ["mentors", "aftercare"],
    };
}
