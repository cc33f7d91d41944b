using System.CommandLine;

using Microsoft.EntityFrameworkCore;

using Offramp.Cli.Infrastructure;
using Offramp.Cli.Languages;
using Offramp.Core.Retention;

using Spectre.Console;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Retention;

/// <summary>
/// `offramp retention run [--dry-run]` applies every retention rule (anonymising closed cases past their period,
/// skipping legal holds); `offramp retention rule --program NAME --record-type T --years N` sets a rule.
/// </summary>
public static class RetentionCommand
{
    public static Command Create()
    {
        var dryRun = new Option<bool>("--dry-run") { Description = L["List what would change and change nothing."] };
        var run = new Command("run", L["Apply the retention rules: remove identifiers / free text of closed cases past their period, unless on legal hold."]) { dryRun };
        run.SetAction((parseResult, ct) => RunAsync(parseResult, parseResult.GetValue(dryRun), ct));

        var program = new Option<string>("--program") { Description = L["The program's name."], Required = true };
        var recordType = new Option<RetainedRecord>("--record-type") { Description = L["What the rule removes."], Required = true };
        var years = new Option<int>("--years") { Description = L["Years after closure."], Required = true };
        var rule = new Command("rule", L["Set the retention rule of a program for one record type."]) { program, recordType, years };
        rule.SetAction((parseResult, ct) => RuleAsync(parseResult, parseResult.GetValue(program)!, parseResult.GetValue(recordType), parseResult.GetValue(years), ct));
        return new Command("retention", L["Retention rules and their application."]) { run, rule };
    }

    private static async Task<int> RunAsync(ParseResult parseResult, bool dryRun, CancellationToken ct)
    {
        var console = Terminal.For(parseResult);
        await using var cli = CliServices.Build();
        await using var scope = cli.Scope();
        await DatabaseReadiness.EnsureMigratedAsync(scope.Db(), ct);
        var actions = await scope.Get<RunRetention>().ExecuteAsync(dryRun, ct);
        if (actions.Count == 0)
        {
            console.MarkupLine(L["Nothing is due under the retention rules."]);
            return ExitCodes.Success;
        }

        var table = new Table().AddColumns(L["Participant"], L["Record type"], L["Closed on"], L["Outcome"]);
        foreach (var a in actions)
        {
            table.AddRow(Markup.Escape(a.ParticipantCode), Markup.Escape(CoreWording.Say(a.RecordType)), a.ClosedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(CoreWording.Say(a.Outcome)));
        }

        console.Write(table);
        var kept = actions.Count(a => a.KeptUnderHold);
        console.MarkupLine(dryRun
            ? L.Markup["Dry run: nothing changed. {0:N0} changes, {1:N0} kept under legal hold.", actions.Count - kept, kept]
            : L.Markup["Applied. {0:N0} changes, {1:N0} kept under legal hold.", actions.Count - kept, kept]);
        return ExitCodes.Success;
    }

    private static async Task<int> RuleAsync(ParseResult parseResult, string programName, RetainedRecord recordType, int years, CancellationToken ct)
    {
        var console = Terminal.For(parseResult);
        await using var cli = CliServices.Build();
        await using var scope = cli.Scope();
        var db = scope.Db();
        await DatabaseReadiness.EnsureMigratedAsync(db, ct);
        var programs = await db.Programs.AsNoTracking().Where(p => p.Name == programName).Select(p => p.Id).ToListAsync(ct);
        if (programs.Count != 1)
        {
            throw new CliException(programs.Count == 0 ? L["no program is named '{0}'.", programName] : L["several programs are named '{0}'.", programName]);
        }

        var rule = await scope.Get<SetRetentionRule>().ExecuteAsync(programs[0], recordType, years, ct);
        console.MarkupLine(L.Markup["[green]Rule set:[/] {0} removed {1} years after closure in {2}.", CoreWording.Say(recordType), rule.YearsAfterClosure, programName]);
        return ExitCodes.Success;
    }
}
