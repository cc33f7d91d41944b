using System.CommandLine;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Audit;

public static class AuditCommand
{
    public static Command Create() => new("audit", L["The tamper-evident audit trail: verify the chain, sign and export its head."])
    {
        VerifyCommand.Create(),
        CheckpointCommand.Create(),
        HeadCommand.Create(),
    };
}
