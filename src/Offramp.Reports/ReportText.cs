namespace Offramp.Reports;

/// <summary>
/// Marker for the report's texts in Resources/ReportText.*.resx (one file per language), and for the sentences Core
/// writes as phrases (see <see cref="Sentences"/>). The texts travel with the components, so the web app and the CLI
/// translate the report from the same file.
/// </summary>
public sealed class ReportText;
