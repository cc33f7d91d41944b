using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Backup;

/// <summary>The passphrase comes from OFFRAMP_BACKUP_PASSPHRASE or, with --passphrase-stdin, the first line of standard input; never an argument (it would show in the process list and shell history).</summary>
public static class BackupPassphrase
{
    public const string Variable = "OFFRAMP_BACKUP_PASSPHRASE";
    private const int MinimumLength = 12;

    public static string Read(bool fromStdin)
    {
        var passphrase = fromStdin ? Console.In.ReadLine() : Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(passphrase))
        {
            throw new BackupException(L["give the backup passphrase in {0} or on standard input with --passphrase-stdin.", Variable]);
        }

        if (passphrase.Length < MinimumLength)
        {
            throw new BackupException(L["the backup passphrase must be at least {0} characters.", MinimumLength]);
        }

        return passphrase;
    }
}
