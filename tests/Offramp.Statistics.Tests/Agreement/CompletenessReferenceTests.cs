using Offramp.Statistics.Agreement;

using Xunit.Abstractions;

namespace Offramp.Statistics.Tests.Agreement;

/// <summary>What is left out, and percent agreement, checked against Python's independent reading of the same CSV.</summary>
public sealed class CompletenessReferenceTests(AgreementReferenceFixture fixture, ITestOutputHelper output)
    : IClassFixture<AgreementReferenceFixture>
{
    [Fact]
    public void Exclusions_and_percent_agreement_match_an_independent_count()
    {
        var python = new ReferenceComparison(output, "Python count of the CSV");
        foreach (var design in AgreementDesigns.All)
        {
            var report = AgreementAnalysis.Analyze(design.ToMatrix());
            var expected = fixture.Python[design.Name];
            var c = report.Completeness;
            python.Check("subjects", design.Name, expected.GetProperty("subjects").GetInt64(), report.SubjectCount);
            python.Check("raters", design.Name, expected.GetProperty("raters").GetInt64(), report.RaterCount);
            python.Check("levels", design.Name, expected.GetProperty("levels").GetInt64(), report.Scale.Count);
            python.Check("blank ratings", design.Name, expected.GetProperty("blank").GetInt64(), c.ExcludedMissing);
            python.Check("unknown ratings", design.Name, expected.GetProperty("unknown").GetInt64(), c.ExcludedUnknown);
            python.Check("not rated", design.Name, expected.GetProperty("not_rated").GetInt64(), c.NotRated);
            python.Check("complete subjects", design.Name, expected.GetProperty("complete").GetInt64(), c.CompleteSubjects);
            python.Check("percent agreement", design.Name, expected.GetProperty("percent").GetDouble(), report.PercentAgreement.Percent);
            Assert.Equal(c.CompleteSubjects + c.SubjectsWithIncompleteRatings, report.SubjectCount);
            Assert.Equal(design.Rows.Count, c.RatingRows);
        }

        python.AssertAll();
    }

    [Fact]
    public void Designs_with_gaps_really_have_blank_unknown_and_absent_ratings()
    {
        // Guards the generator: a design meant to exercise exclusions must actually contain each kind.
        foreach (var design in AgreementDesigns.All.Where(d => d.Name.Contains("gaps", StringComparison.Ordinal) || d.Name.Contains("top-unused", StringComparison.Ordinal)))
        {
            var c = RatingCompleteness.Of(design.ToMatrix());
            Assert.True(c.ExcludedMissing > 0 && c.ExcludedUnknown > 0 && c.NotRated > 0, $"{design.Name}: {c}");
        }
    }
}
