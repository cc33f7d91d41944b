using System.CommandLine;

using Offramp.Analysis;
using Offramp.Analysis.Languages;
using Offramp.Cli.Admin;
using Offramp.Cli.Audit;
using Offramp.Cli.Database;
using Offramp.Cli.Demo;
using Offramp.Cli.Infrastructure;
using Offramp.Cli.Languages;
using Offramp.Core.Evaluation.Reports;
using Offramp.Statistics.Common;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli;

/// <summary>The `offramp` command tree and the one place where failures become a message and an exit code.</summary>
public static class OfframpCli
{
    public static RootCommand CreateRoot() => new(
        L["Offramp: case management for programs that help people leave violent extremism."] + "\n" +
        L["The database is OFFRAMP_DB (a SQLite path or a PostgreSQL connection string), else ConnectionStrings__Offramp, else data/offramp.db under the current folder; the key ring is Offramp__KeyDirectory, else the keys folder next to it."] +
        "\n" + L["Messages and help are in the language of OFFRAMP_LANGUAGE (en, fr, ar), else of LC_ALL, LC_MESSAGES or LANG; JSON, CSV and exit codes never change with it."])
    {
        DbCommand.Create(),
        AdminCommand.Create(),
        DemoCommand.Create(),
        AuditCommand.Create(),
        Keys.KeysCommand.Create(), Backup.BackupCommand.Create(), Retention.RetentionCommand.Create(),
        AnalyzeCommand.Create(),
        Reports.ReportCommand.Create(), Exports.ExportCommand.Create(),
        Instruments.InstrumentsCommand.Create(),
        Evidence.EvidenceCommand.Create(),
    };

    public static async Task<int> RunAsync(string[] args)
    {
        // Before the tree is built: its help texts are read in the chosen language.
        CliLanguage.Apply();
        // The analyze commands' warnings and refusals from the statistics library, worded as the evaluation report words them.
        AnalysisText.WordStatisticsWith((template, values, english) => CoreWording.Say(RateEstimates.Words(new WarningText(template, values)), english));
        var parsed = CreateRoot().Parse(args);
        // Our own handler instead of the default one: a message on stderr and an exit code, never a stack trace.
        var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        try
        {
            return await parsed.InvokeAsync(invocation);
        }
        catch (Exception exception)
        {
            return CliErrors.Report(exception, invocation.Error);
        }
    }
}
