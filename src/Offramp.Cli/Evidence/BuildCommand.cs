using System.CommandLine;
using System.Text.Json;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Cli.Infrastructure;
using Offramp.Cli.Languages;
using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.Evaluation;
using Offramp.Core.Evidence.Publishing;
using Offramp.Hosting.Security;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Evidence;

/// <summary>
/// `offramp evidence build --program NAME --period YEAR|all --out FILE [--release --director EMAIL]`: an operator
/// proposes a program's bundle (the same use case as the app's evaluators) and writes exactly what would leave to FILE
/// for review. Without --release nothing is signed: the program's director releases it in the app. With --release, a
/// director of the program (a second person: the operator proposed it) types a fresh code of their authenticator on
/// standard input, never as an argument; it is checked as the app's step-up is, and the bundle is released through the
/// app's own use case, audited as that director, and the signed file written to FILE.
/// </summary>
public static class BuildCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create()
    {
        var program = new Option<string>("--program") { Description = L["The program's name."], Required = true };
        var period = new Option<string>("--period") { Description = L["A completed calendar year (e.g. 2025) or \"all\"."], Required = true };
        var output = new Option<string>("--out") { Description = L["Where to write the bundle: the signed file when released, the proposal (JSON) for review otherwise."], Required = true };
        var release = new Option<bool>("--release")
        {
            Description = L["Release (sign) the bundle now, as the director named by --director, who types a fresh authenticator code on standard input."],
        };
        var director = new Option<string?>("--director") { Description = L["With --release: the email of a director of the program (not the operator who proposes it)."] };
        var breakDownBy = new Option<string[]>("--break-down-by")
        {
            Description = L["Single-choice coded-profile fields (at most two) the figures are also broken down by, e.g. exit-status-at-entry; comma-separated or repeated."],
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command(
            "build",
            L["Propose a program's evidence bundle for a period. Its director releases it in the app, or here with --release --director EMAIL and an authenticator code on standard input."])
        {
            program, period, output, release, director, breakDownBy,
        };
        command.SetAction((r, ct) => RunAsync(r, new BuildRequest(r.GetValue(program)!, r.GetValue(period)!, r.GetValue(output)!, r.GetValue(release), r.GetValue(director),
            [.. (r.GetValue(breakDownBy) ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))]), ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, BuildRequest request, CancellationToken ct)
    {
        if (request.Release != (request.Director is not null))
        {
            throw new CliException(request.Release
                ? L["--release needs --director EMAIL: the director of the program who releases the bundle."]
                : L["--director is only used with --release."]);
        }

        var console = parseResult.InvocationConfiguration;
        await using var cli = CliServices.Build();
        Guid id;
        string document;
        await using (var scope = cli.Scope())
        {
            var db = scope.Db();
            await DatabaseReadiness.EnsureMigratedAsync(db, ct);
            var signer = request.Release ? await DirectorAsync(cli, scope, request, ct) : null;
            id = await scope.Get<ProposeEvidenceBundle>().ForOperatorAsync(request.Program, new ProposeEvidenceCommand { Period = request.Period, BreakDownBy = [.. request.BreakDownBy] }, ct);
            document = await db.Set<EvidenceRelease>().AsNoTracking().Where(r => r.Id == id).Select(r => r.Document).SingleAsync(ct);
            await File.WriteAllTextAsync(request.Output, JsonSerializer.Serialize(JsonDocument.Parse(document), Indented), ct);
            if (signer is null)
            {
                console.Output.WriteLine(L["Proposed bundle {0} for {1}, period {2}: written to {3}. Its director reviews and releases it in the app (Evaluation → Evidence).", id, request.Program, request.Period, request.Output]);
                return ExitCodes.Success;
            }

            console.Output.WriteLine(L["Proposed bundle {0} for {1}, period {2}: written to {3}.", id, request.Program, request.Period, request.Output]);
            var signed = await ReleaseAsync(cli, signer, id, request, console, ct);
            await File.WriteAllTextAsync(request.Output, signed, ct);
        }

        console.Output.WriteLine(L["Released bundle {0}, signed with the organisation's publishing key, by {1}: the signed file is written to {2} (check it with `offramp evidence verify {2}`).", id, request.Director, request.Output]);
        return ExitCodes.Success;
    }

    /// <summary>
    /// The director named by email, refused before anything is proposed when unknown or not a director of the program.
    /// The rule is the app's: a director role on the program in the director's own organisation.
    /// </summary>
    private static async Task<TerminalUser> DirectorAsync(CliServices cli, AsyncServiceScope scope, BuildRequest request, CancellationToken ct)
    {
        var email = request.Director!.Trim();
        var user = await scope.Get<UserManager<AppUser>>().FindByEmailAsync(email)
            ?? throw new CliException(L["no account has the email '{0}'. Nothing was proposed or released.", email]);
        var program = await scope.Get<EvaluationAccess>().ForOperatorAsync(request.Program, ct);
        var director = new TerminalUser(user.Id, user.OrganisationId);
        await using var asDirector = cli.Scope(director);
        try
        {
            (await asDirector.Get<EvaluationAccess>().ForCallerAsync(program.Id, ct)).RequireDirector();
        }
        catch (NotFoundException)
        {
            throw new CliException(L["{0} is not a director of the program '{1}': only its director releases evidence. Nothing was proposed or released.", email, request.Program]);
        }

        return director;
    }

    /// <summary>
    /// Reads the code, checks it as the app's step-up does (single use, wrong codes counted and audited), then releases
    /// through the app's use case acting as the director: the same director, four-eyes, version, newer-release and
    /// signing rules, and the director in the audit trail. Any refusal leaves the bundle proposed.
    /// </summary>
    private static async Task<string> ReleaseAsync(CliServices cli, TerminalUser director, Guid id, BuildRequest request, InvocationConfiguration console, CancellationToken ct)
    {
        var stillProposed = L["Nothing was released: bundle {0} stays proposed (written to {1}); its director can release or discard it in the app (Evaluation → Evidence), and a new build of this period needs it discarded first.", id, request.Output];
        if (!Console.IsInputRedirected)
        {
            console.Error.Write(L["Authenticator code of {0}: ", request.Director!.Trim()]);
        }

        var code = Console.In.ReadLine()?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            throw new CliException(L["--release needs a fresh authenticator code of the director on standard input (one line)."] + " " + stillProposed);
        }

        await using var scope = cli.Scope(director);
        var db = scope.Db();
        var release = await db.Set<EvidenceRelease>().AsNoTracking().Where(r => r.Id == id).Select(r => new { r.ProgramId, r.Version }).SingleAsync(ct);
        try
        {
            await ActivatorUtilities.CreateInstance<StepUpVerifier>(scope.ServiceProvider).VerifyAsync(code, ct);
            await scope.Get<ReleaseEvidenceBundle>().ExecuteAsync(release.ProgramId, id, release.Version, ct);
        }
        catch (Exception e) when (e is ForbiddenException or ConflictException or NotFoundException or ConcurrencyException)
        {
            var reason = e switch
            {
                NotFoundException => L["{0} may not release this bundle.", request.Director!.Trim()],
                ConflictException c => CoreWording.Say(c.Wording, c.Message),
                ForbiddenException f => CoreWording.Say(f.Wording, f.Message),
                _ => CoreWording.Say(null, e.Message),
            };
            throw new CliException($"{reason} {stillProposed}");
        }

        return await db.Set<EvidenceRelease>().AsNoTracking().Where(r => r.Id == id).Select(r => r.SignedFile!).SingleAsync(ct);
    }

    private sealed record BuildRequest(string Program, string Period, string Output, bool Release, string? Director, IReadOnlyList<string> BreakDownBy);
}
