using System.Text.Json;

using Offramp.Statistics.Tests.Reference;

namespace Offramp.Statistics.Tests.Agreement;

/// <summary>
/// Writes every generated design to CSV once and asks Python (scikit-learn, statsmodels) and R (psych)
/// for their figures in one run each, so the comparisons share the cost of starting the interpreters.
/// </summary>
public sealed class AgreementReferenceFixture : IDisposable
{
    public AgreementReferenceFixture()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("offramp-agreement-").FullName;
        CsvPaths = AgreementDesigns.All.ToDictionary(d => d.Name, d => d.WriteCsv(Directory));

        var kappaSpec = WriteSpec("kappa.json", AgreementDesigns.All);
        Python = ExternalTool.RunPythonJson(KappaReferenceScript.Source, kappaSpec)
            .EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!);

        var iccSpec = WriteTabSpec("icc.tsv", AgreementDesigns.All.Where(d => d.IsNumeric));
        R = ExternalTool.RunRJson(IccReferenceScript.Source, iccSpec)
            .EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!);
    }

    public string Directory { get; }

    public IReadOnlyDictionary<string, string> CsvPaths { get; }

    /// <summary>Python's figures by design name.</summary>
    public IReadOnlyDictionary<string, JsonElement> Python { get; }

    /// <summary>R psych::ICC's figures by design name (numeric designs only).</summary>
    public IReadOnlyDictionary<string, JsonElement> R { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    private string WriteTabSpec(string fileName, IEnumerable<RatingDesign> designs)
    {
        var path = Path.Combine(Directory, fileName);
        File.WriteAllLines(path, designs.Select(d => string.Join('\t',
            d.Name, CsvPaths[d.Name], RatingDesign.SubjectColumn, RatingDesign.RaterColumn, RatingDesign.RatingColumn,
            string.Join('|', d.UnknownValues))));
        return path;
    }

    private string WriteSpec(string fileName, IEnumerable<RatingDesign> designs)
    {
        var path = Path.Combine(Directory, fileName);
        var spec = designs.Select(d => new Dictionary<string, object?>
        {
            ["name"] = d.Name,
            ["csv"] = CsvPaths[d.Name],
            ["subject"] = RatingDesign.SubjectColumn,
            ["rater"] = RatingDesign.RaterColumn,
            ["rating"] = RatingDesign.RatingColumn,
            ["levels"] = d.Levels,
            ["unknown"] = d.UnknownValues,
        });
        File.WriteAllText(path, JsonSerializer.Serialize(spec));
        return path;
    }
}
