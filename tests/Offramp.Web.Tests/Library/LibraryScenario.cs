using System.Net;
using System.Text.RegularExpressions;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Disclosure;
using Offramp.Core.Organisations;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Library;

/// <summary>The steps practice-library tests share: a second director, a hub with a signed-in admin, uploads through the pages.</summary>
internal static partial class LibraryScenario
{
    public static async Task<SignedInDirector> SecondDirectorAsync(TestWorld world, Guid program)
    {
        var account = await world.CreateSignInAccountAsync("Second director", world.OrganisationId);
        await world.GrantRoleAsync(account.UserId, Role.ProgramDirector, program);
        return new SignedInDirector(await PageSession.SignInAsync(world, account.Email, account.TotpSecret), account.UserId, account.TotpSecret);
    }

    /// <summary>A fresh step-up code for a second director (the step the sign-in used is forgotten, as in EvidenceScenario.Code).</summary>
    public static async Task<string> StepUpAsync(TestWorld world, SignedInDirector director)
    {
        var (_, userId, secret) = director;
        await world.DbAsync(db => db.Set<StepUpState>().Where(s => s.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastAcceptedTimeStep, (long?)null)));
        return TestWorld.CodeAt(secret, TestWorld.CurrentTimeStep());
    }

    /// <summary>Releases a proposal through its review page and returns the signed file.</summary>
    public static async Task<byte[]> ReleaseAsync(TestWorld world, SignedInDirector second, string review)
    {
        var director = second.Session;
        var page = await director.GetPageAsync(review);
        Assert.Contains("data-testid=\"release-library\"", page, StringComparison.Ordinal);
        var version = VersionField().Match(page).Groups[1].Value;
        var released = await director.PostAsync(review, new() { ["Version"] = version, ["StepUpCode"] = await StepUpAsync(world, second) }, handler: "Release");
        Assert.True(released.StatusCode == HttpStatusCode.Redirect, Errors(await released.Content.ReadAsStringAsync()));
        var id = review.Split('/', '?')[3];
        var program = review[(review.IndexOf("programId=", StringComparison.Ordinal) + "programId=".Length)..];
        var signed = await director.GetResponseAsync($"/Library/Review/{id}?programId={program}&handler=Signed");
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        return await signed.Content.ReadAsByteArrayAsync();
    }

    public static async Task<(PageSession Admin, Guid HubId)> HubAsync(TestWorld world)
    {
        var hubId = await world.DbAsync(async db =>
        {
            var hub = new Organisation { Name = $"Library hub {Guid.NewGuid():N}", IsEvidenceHub = true };
            db.Organisations.Add(hub);
            await db.SaveChangesAsync();
            return hub.Id;
        });
        var admin = await world.CreateSignInAccountAsync("Library hub admin", hubId);
        await world.GrantRoleAsync(admin.UserId, Role.OrganisationAdmin, null, hubId);
        return (await PageSession.SignInAsync(world, admin.Email, admin.TotpSecret), hubId);
    }

    public static async Task RegisterAsync(PageSession hubAdmin, string publisher, string publicKey)
    {
        var registered = await hubAdmin.PostAsync("/Hub/Publishers", new() { ["Input.Name"] = publisher, ["Input.PublicKey"] = publicKey }, handler: "Register");
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
    }

    /// <summary>Uploads a file through a page's upload form; returns the response (a redirect when accepted).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(PageSession session, string page, string field, byte[] file)
    {
        var form = await session.GetPageAsync(page);
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(file), field, "file.json" },
        };
        return await session.PostMultipartAsync($"{page}?handler=Upload", upload);
    }

    public static string Errors(string html) => WebUtility.HtmlDecode(Regex.Match(html, "class=\"errors[^>]*>(.*?)</div>", RegexOptions.Singleline).Groups[1].Value);

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}

internal sealed record SignedInDirector(PageSession Session, Guid UserId, string TotpSecret);
