using Offramp.Core.Evaluation.Cohorts;

namespace Offramp.Web.Tests.Evaluation;

/// <summary>
/// One rule for what a cohort is compared with, whoever builds the filter: the query string of the API and the report
/// page, or code such as the command line. Naming an imported group without naming the comparison compares with that
/// group (the filter built in code used to ignore the group and compare completers with early leavers).
/// </summary>
public sealed class CohortComparisonRuleTests
{
    [Theory]
    [InlineData(null, false, CohortComparison.CompletersVsEarlyLeavers)]
    [InlineData(null, true, CohortComparison.ExternalGroup)]
    [InlineData(CohortComparison.None, true, CohortComparison.None)]
    [InlineData(CohortComparison.CompletersVsEarlyLeavers, true, CohortComparison.CompletersVsEarlyLeavers)]
    [InlineData(CohortComparison.ExternalGroup, false, CohortComparison.ExternalGroup)]
    public void The_comparison_named_wins_and_an_imported_group_named_alone_is_compared_with(CohortComparison? named, bool groupNamed, CohortComparison expected)
    {
        var filter = new CohortFilter { Comparison = named, ComparisonGroupId = groupNamed ? Guid.CreateVersion7() : null };

        Assert.Equal(expected, filter.ComparisonToMake());
    }
}
