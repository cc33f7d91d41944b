using Offramp.Analysis.Competing;
using Offramp.Analysis.Output;
using Offramp.Analysis.Survival;
using Offramp.Statistics.Survival;
using Offramp.Statistics.Tests.Reference;
using Offramp.Statistics.Tests.Regression;
using Offramp.Statistics.Tests.Survival;

namespace Offramp.Statistics.Tests.Output;

/// <summary>
/// Survival and competing risks write their JSON field by field, for speed. The document must stay the one the
/// serializer writes from the report records, so a field added to a record and forgotten by its writer fails here.
/// </summary>
public sealed class HandWrittenJsonTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(SurvivalConfidenceType.Log, 600)]
    [InlineData(SurvivalConfidenceType.LogLog, 40)]
    public void The_survival_writer_writes_the_serializers_document(SurvivalConfidenceType confidence, int count)
    {
        var csv = folder.File($"survival-{count}.csv");
        SurvivalDataGenerator.MonthlyTies(seed: 7, count: count).WriteCsv(csv);
        var report = SurvivalAnalysis.Run(new SurvivalRequest(csv, "time", "event", "group", "stratum", [0, 3, 12, 36, 500],
            new KaplanMeierOptions { ConfidenceType = confidence }));

        Assert.NotEmpty(report.Groups);
        Assert.Equal(Serialised(report), Written(w => SurvivalJsonWriter.Write(w, report)));
    }

    [Theory]
    [InlineData(1000, 3)]
    [InlineData(30, 2)]
    public void The_competing_risks_writer_writes_the_serializers_document(int count, int causes)
    {
        var csv = folder.File($"competing-{count}.csv");
        CohortGenerator.Create(33, count, causes: causes).WriteCsv(csv);
        var report = CompetingCommand.Run(csv, "time", "status", "group", "stratum", [6, 12, 24, 1000], 0.95);

        Assert.Equal(Serialised(report), Written(w => CompetingJsonWriter.Write(w, report)));
    }

    private static string Serialised<T>(T report) => Written(w => AnalysisJson.Write(w, report));

    private static string Written(Action<TextWriter> write)
    {
        using var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }
}
