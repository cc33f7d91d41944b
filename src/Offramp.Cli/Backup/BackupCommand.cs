using System.CommandLine;
using System.Diagnostics;

using Offramp.Cli.Infrastructure;
using Offramp.Cli.Languages;

using Spectre.Console;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Backup;

/// <summary>
/// `offramp backup create --out PATH`, `backup verify PATH`, `backup restore PATH [--force]`. The passphrase comes from
/// OFFRAMP_BACKUP_PASSPHRASE or standard input (--passphrase-stdin). Exit 0 when good, 4 when a backup fails its checks.
/// </summary>
public static class BackupCommand
{
    public const int BackupBroken = 4;

    public static Command Create()
    {
        var fromStdin = new Option<bool>("--passphrase-stdin") { Description = L["Read the passphrase from the first line of standard input."] };
        var output = new Option<string>("--out") { Description = L["The backup file to write (PATH.sha256 is written beside it)."], Required = true };
        var create = new Command("create", L["Write a consistent, encrypted, checksummed backup of the database and its key ring (safe while the app runs)."]) { output, fromStdin };
        create.SetAction((r, ct) => CreateAsync(r, r.GetValue(output)!, r.GetValue(fromStdin), ct));

        var verifyPath = new Argument<string>("path") { Description = L["The backup file."] };
        var verify = new Command("verify", L["Check the checksum, decrypt, restore into a scratch database and verify its audit chain and row counts."]) { verifyPath, fromStdin };
        verify.SetAction((r, ct) => VerifyAsync(r, r.GetValue(verifyPath)!, r.GetValue(fromStdin), ct));

        var restorePath = new Argument<string>("path") { Description = L["The backup file."] };
        var force = new Option<bool>("--force") { Description = L["Overwrite a database that is not empty."] };
        var restore = new Command("restore", L["Restore into the configured (empty) database and add the backup's keys to the key ring."]) { restorePath, force, fromStdin };
        restore.SetAction((r, ct) => RestoreAsync(r, r.GetValue(restorePath)!, r.GetValue(force), r.GetValue(fromStdin), ct));
        return new Command("backup", L["Encrypted backups of the database and key ring."]) { create, verify, restore };
    }

    private static async Task<int> CreateAsync(ParseResult parseResult, string output, bool fromStdin, CancellationToken ct)
    {
        var console = Terminal.For(parseResult);
        var passphrase = Passphrase(fromStdin);
        await using var cli = CliServices.Build();
        var clock = Stopwatch.StartNew();
        var manifest = await Run(() => new BackupService(cli).CreateAsync(output, passphrase, ct));
        console.MarkupLine(L.Markup["[green]Backup written[/] to {0} in {1:m\\:ss\\.f}: {2:N0} rows, audit chain at event {3:N0}; checksum in {0}.sha256.",
            output, clock.Elapsed, manifest.RowCounts.Values.Sum(), manifest.AuditHeadSequence]);
        return ExitCodes.Success;
    }

    private static async Task<int> VerifyAsync(ParseResult parseResult, string path, bool fromStdin, CancellationToken ct)
    {
        var passphrase = Passphrase(fromStdin);
        await using var cli = CliServices.Build();
        return Report(parseResult, await Run(() => new BackupService(cli).VerifyAsync(path, passphrase, ct)), restored: false);
    }

    private static async Task<int> RestoreAsync(ParseResult parseResult, string path, bool force, bool fromStdin, CancellationToken ct)
    {
        var passphrase = Passphrase(fromStdin);
        await using var cli = CliServices.Build();
        return Report(parseResult, await Run(() => new BackupService(cli).RestoreAsync(path, passphrase, force, ct)), restored: true);
    }

    private static int Report(ParseResult parseResult, RestoreReport report, bool restored)
    {
        var console = Terminal.For(parseResult);
        if (report.IsGood)
        {
            var rows = report.Manifest.RowCounts.Values.Sum();
            console.MarkupLine(restored
                ? L.Markup["[green]Backup restored:[/] {0}; row counts identical ({1:N0} rows in {2} tables).", CoreWording.Say(report.Audit.Wording), rows, report.Manifest.RowCounts.Count]
                : L.Markup["[green]Backup verified:[/] {0}; row counts identical ({1:N0} rows in {2} tables).", CoreWording.Say(report.Audit.Wording), rows, report.Manifest.RowCounts.Count]);
            return ExitCodes.Success;
        }

        var error = parseResult.InvocationConfiguration.Error;
        error.WriteLine(restored
            ? L["error: backup restored but it does not check out: {0}", CoreWording.Say(report.Audit.Wording)]
            : L["error: backup verified but it does not check out: {0}", CoreWording.Say(report.Audit.Wording)]);
        foreach (var difference in report.CountDifferences)
        {
            error.WriteLine($"  {difference}");
        }

        return BackupBroken;
    }

    private static string Passphrase(bool fromStdin)
    {
        try
        {
            return BackupPassphrase.Read(fromStdin);
        }
        catch (BackupException e)
        {
            throw new CliException(e.Message);
        }
    }

    private static async Task<T> Run<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (BackupException e)
        {
            throw new CliException(e.Message, BackupBroken);
        }
    }
}
