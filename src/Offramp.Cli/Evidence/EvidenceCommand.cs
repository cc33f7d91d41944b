using System.CommandLine;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Evidence;

/// <summary>`offramp evidence build|verify`: propose a program's bundle from the command line (and release it as its director with an authenticator code); check a signed bundle offline.</summary>
public static class EvidenceCommand
{
    public static Command Create() => new("evidence", L["Evidence bundles: propose one for a program (its director may release it here with an authenticator code), or check a signed one offline."])
    {
        BuildCommand.Create(),
        VerifyEvidenceCommand.Create(),
    };
}
