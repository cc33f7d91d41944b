using Offramp.Statistics.Agreement;

namespace Offramp.Statistics.Tests.Agreement;

public sealed class RatingMatrixBuilderTests
{
    [Fact]
    public void Blank_unknown_and_absent_ratings_are_kept_apart_and_counted()
    {
        var builder = new RatingMatrixBuilder(new RatingMatrixOptions { UnknownValues = ["unknown"] });
        builder.Add("P1", "A", "2");
        builder.Add("P1", "B", "2");
        builder.Add("P2", "A", "  ");
        builder.Add("P2", "B", "1");
        builder.Add("P3", "A", "UNKNOWN");
        builder.Add("P3", "B", "3");
        builder.Add("P4", "A", "1");

        var matrix = builder.Build();
        var completeness = RatingCompleteness.Of(matrix);

        Assert.Equal(RatingMatrix.Missing, matrix[1, 0]);
        Assert.Equal(RatingMatrix.Unknown, matrix[2, 0]);
        Assert.Equal(RatingMatrix.NotRated, matrix[3, 1]);
        Assert.Equal(
            new RatingCompleteness
            {
                RatingRows = 7,
                ExcludedMissing = 1,
                ExcludedUnknown = 1,
                NotRated = 1,
                SubjectsWithIncompleteRatings = 3,
                CompleteSubjects = 1,
            },
            completeness);
    }

    [Fact]
    public void Numbers_are_one_level_however_they_are_written_and_are_ordered_by_value()
    {
        var builder = new RatingMatrixBuilder();
        builder.Add("P1", "A", "10");
        builder.Add("P1", "B", "10.0");
        builder.Add("P2", "A", "9");
        builder.Add("P2", "B", "1e1");

        var matrix = builder.Build();

        Assert.Equal(["9", "10"], matrix.Scale.Levels);
        Assert.True(matrix.Scale.IsOrdered && matrix.Scale.IsNumeric);
        Assert.Equal([10.0, 10.0], new[] { matrix.Scale.NumericValues![matrix[0, 0]], matrix.Scale.NumericValues[matrix[0, 1]] });
    }

    [Fact]
    public void Text_ratings_match_levels_ignoring_case_and_surrounding_spaces()
    {
        var builder = new RatingMatrixBuilder(new RatingMatrixOptions { Levels = ["absent", "present"] });
        builder.Add("P1", "A", " Present ");
        builder.Add("P1", "B", "present");

        var matrix = builder.Build();

        Assert.Equal(1, matrix[0, 0]);
        Assert.Equal(1, matrix[0, 1]);
    }

    [Fact]
    public void Text_ratings_without_levels_are_unordered()
    {
        var builder = new RatingMatrixBuilder();
        builder.Add("P1", "A", "ideology");
        builder.Add("P1", "B", "coping");

        var scale = builder.Build().Scale;

        Assert.False(scale.IsOrdered);
        Assert.False(scale.IsNumeric);
    }

    [Fact]
    public void A_level_listed_twice_is_refused_in_words()
    {
        var builder = new RatingMatrixBuilder(new RatingMatrixOptions { Levels = ["low", "high", "Low"] });
        builder.Add("P1", "A", "low");

        var error = Assert.Throws<RatingDataException>(builder.Build);
        Assert.Equal("The levels given cannot be used: The rating level 'Low' is listed twice.", error.Message);
    }

    [Fact]
    public void Raters_who_each_rated_different_people_are_refused_before_memory_runs_out()
    {
        // 20,000 people each rated by a different pair out of 10,000 staff: a 200-million-cell table.
        var builder = new RatingMatrixBuilder();
        for (var s = 0; s < 20_000; s++)
        {
            builder.Add($"P{s}", $"staff-{s % 10_000}", "1");
            builder.Add($"P{s}", $"staff-{(s + 1) % 10_000}", "2");
        }

        var error = Assert.Throws<RatingDataException>(builder.Build);
        Assert.Contains("give it as a rater role or position", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_without_a_rater_is_refused()
    {
        var builder = new RatingMatrixBuilder();
        var error = Assert.Throws<RatingDataException>(() => builder.Add("P1", " ", "1"));
        Assert.Contains("has no rater", error.Message, StringComparison.Ordinal);
    }
}
