using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Stages;
using Offramp.Core.Transfers;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Transfers;

/// <summary>
/// The transfer pages: the director sees the package before anything is sent, the receiving director accepts or
/// declines (a decline needs a reason), and both sides see where the transfer stands.
/// </summary>
public sealed class TransferPageTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_transfer_is_previewed_then_sent_then_accepted_by_the_other_organisation_with_status_on_both_sides(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();
        var director = await PageSession.SignInAsync(world, Persona.Director);
        var form = Form(world.OtherProgramId);

        var preview = await PageSession.HtmlAsync(await director.PostAsync($"/Transfers/New/{participant.Id}", form, "Preview"));

        var package = Between(preview, "data-testid=\"transfer-package\"", "Send the transfer");
        Assert.Contains("Test Participant", package, StringComparison.Ordinal);
        Assert.Contains("Moving to be near family.", package, StringComparison.Ordinal);
        Assert.Contains("Not shared", package, StringComparison.Ordinal);
        Assert.Equal(0, await TransfersOfAsync(world, participant.Id));

        var sent = await director.PostAsync($"/Transfers/New/{participant.Id}", Form(world.OtherProgramId), "Send");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(1, await TransfersOfAsync(world, participant.Id));
        var (_, record) = await director.GetAsync($"/Participants/Details/{participant.Id}");
        Assert.Contains("Proposed", Between(record, "data-testid=\"transfers-panel\"", "</section>"), StringComparison.Ordinal);

        var receiving = await PageSession.SignInAsync(world, Persona.OtherOrganisationDirector);
        var (_, incoming) = await receiving.GetAsync("/Transfers");
        Assert.Contains("Test Participant", Between(incoming, "data-testid=\"incoming-transfer\"", "Save decision"), StringComparison.Ordinal);
        var transfer = await world.DbAsync(db => db.Set<ParticipantTransfer>().AsNoTracking().SingleAsync(t => t.ParticipantId == participant.Id));

        var declineWithoutReason = await PageSession.HtmlAsync(await receiving.PostAsync("/Transfers", Decision(transfer, "decline", "")));
        Assert.Contains("Give the reason for declining the transfer.", declineWithoutReason, StringComparison.Ordinal);
        var accepted = await receiving.PostAsync("/Transfers", Decision(transfer, "accept", "We have a place."));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        var decided = await world.DbAsync(db => db.Set<ParticipantTransfer>().AsNoTracking().SingleAsync(t => t.Id == transfer.Id));
        Assert.Equal((TransferStatus.Accepted, "We have a place."), (decided.Status, decided.DecisionReason));
        Assert.Equal(Stage.Transferred, await world.StageOfAsync(participant.Id));
        (_, incoming) = await receiving.GetAsync("/Transfers");
        Assert.Contains($"/Participants/Details/{decided.ReceivedParticipantId}", incoming, StringComparison.Ordinal);
        (_, record) = await director.GetAsync($"/Participants/Details/{participant.Id}");
        Assert.Contains("Accepted", Between(record, "data-testid=\"transfers-panel\"", "</section>"), StringComparison.Ordinal);
        var (_, outgoing) = await director.GetAsync("/Transfers");
        Assert.Contains("Accepted", Between(outgoing, "data-testid=\"outgoing-transfers\"", "</table>"), StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Only_the_director_opens_the_transfer_form_and_missing_agreement_is_a_field_message(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();
        var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetAsync($"/Transfers/New/{participant.Id}")).Status);
        var (_, record) = await caseworker.GetAsync($"/Participants/Details/{participant.Id}");
        Assert.DoesNotContain($"/Transfers/New/{participant.Id}", record, StringComparison.Ordinal);

        var director = await PageSession.SignInAsync(world, Persona.Director);
        var form = Form(world.OtherProgramId);
        form["Input.ParticipantAgreed"] = "false";
        form.Remove("Input.TargetProgramId");
        var refused = await PageSession.HtmlAsync(await director.PostAsync($"/Transfers/New/{participant.Id}", form, "Preview"));

        Assert.Contains("A transfer needs the participant's agreement to it and to what is shared.", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("Check the package before sending", refused, StringComparison.Ordinal);
        var sendAnyway = await PageSession.HtmlAsync(await director.PostAsync($"/Transfers/New/{participant.Id}", Form(Guid.Empty), "Send"));
        Assert.Contains("Choose another program of this deployment to transfer to.", sendAnyway, StringComparison.Ordinal);
        Assert.Equal(0, await TransfersOfAsync(world, participant.Id));
    }

    private static Dictionary<string, string> Form(Guid target) => new()
    {
        ["Input.TargetProgramId"] = target.ToString(),
        ["Input.ShareIdentity"] = "true",
        ["Input.ConsentedOn"] = TestWorld.DaysAgo(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Input.ParticipantAgreed"] = "true",
        ["Input.Reason"] = "Moving to be near family.",
    };

    private static Dictionary<string, string> Decision(ParticipantTransfer transfer, string choice, string reason) => new()
    {
        ["Decision.TransferId"] = transfer.Id.ToString(),
        ["Decision.Version"] = transfer.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Decision.Choice"] = choice,
        ["Decision.Reason"] = reason,
    };

    private static Task<int> TransfersOfAsync(TestWorld world, Guid participantId) =>
        world.DbAsync(db => db.Set<ParticipantTransfer>().CountAsync(t => t.ParticipantId == participantId));

    /// <summary>The markup from <paramref name="from"/> to the next <paramref name="to"/>: one panel, not the whole page.</summary>
    private static string Between(string html, string from, string to)
    {
        var start = html.IndexOf(from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{from} is not on the page");
        var end = html.IndexOf(to, start, StringComparison.Ordinal);
        Assert.True(end >= 0, $"{to} does not follow {from}");
        return html[start..end];
    }
}
