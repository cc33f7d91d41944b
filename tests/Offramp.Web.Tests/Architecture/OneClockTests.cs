using System.Text.RegularExpressions;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.Architecture;

/// <summary>
/// One clock: code asks <c>IClock</c> (over the host's TimeProvider) for the time, so a test that moves time moves all
/// of it, and a form's default date is the same "today" as the use case's. Only the clock itself reads the system time.
/// </summary>
public sealed partial class OneClockTests
{
    private static readonly string Source = Path.Combine(TestWorld.RepositoryRoot(), "src");

    [Fact]
    public void Only_the_clock_reads_the_system_time()
    {
        var files = Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Source, "*.cshtml", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 500, $"only {files.Count} source files found under {Source}");

        var offenders = files
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => SystemTime().IsMatch(l.Text) && !l.File.EndsWith($"Common{Path.DirectorySeparatorChar}Clock.cs", StringComparison.Ordinal))
            .Select(l => $"{Path.GetRelativePath(Source, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, $"read the time from IClock instead:\n{string.Join('\n', offenders)}");
    }

    [Fact]
    public void The_check_recognises_every_way_to_read_the_system_time()
    {
        Assert.Matches(SystemTime(), "var today = DateOnly.FromDateTime(DateTime.UtcNow);");
        Assert.Matches(SystemTime(), "until > DateTimeOffset.UtcNow");
        Assert.Matches(SystemTime(), "DateTime.Now.Year");
        Assert.Matches(SystemTime(), "DateTime.Today");
        Assert.DoesNotMatch(SystemTime(), "var now = clock.UtcNow;");
    }

    [GeneratedRegex(@"\bDateTime(Offset)?\.(UtcNow|Now|Today)\b")]
    private static partial Regex SystemTime();
}
