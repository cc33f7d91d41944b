using System.CommandLine;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Instruments;

/// <summary>`offramp instruments ...`: an organisation's assessment instruments as JSON files (see docs/instruments.md).</summary>
public static class InstrumentsCommand
{
    public static Command Create() => new("instruments", L["Import, export and list assessment instruments (JSON files, see docs/instruments.md)."])
    {
        ImportInstrumentCommand.Create(),
        ExportInstrumentCommand.Create(),
        ListInstrumentsCommand.Create(),
    };

    /// <summary>The organisation option every instruments command takes: instruments belong to one organisation.</summary>
    public static Option<string> OrganisationOption() => new("--org") { Description = L["The organisation's name."], Required = true };
}
