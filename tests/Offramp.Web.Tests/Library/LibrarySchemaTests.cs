using System.Text.Json.Nodes;

using Offramp.Core.Common;
using Offramp.Core.Evidence.Signing;
using Offramp.Core.Library.Content;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Library;

/// <summary>The schemas, the shipped profiles and the classes that sign profiles and lessons say the same thing.</summary>
public sealed class LibrarySchemaTests
{
    private static readonly EmbeddedJsonSchema Profile = new("schemas/practice-profile.schema.json");
    private static readonly EmbeddedJsonSchema Lesson = new("schemas/practice-lesson.schema.json");

    [Fact]
    public void Every_shipped_profile_and_lesson_follows_its_schema_and_cites_a_source()
    {
        var root = Path.Combine(TestWorld.RepositoryRoot(), "practice-library");
        var files = Directory.GetFiles(root, "*.json");
        Assert.Equal(PracticeSeeds.All.Count, files.Length);
        Assert.True(files.Length >= 6, $"expected the five reference programs and the community off-ramps, found {files.Length}");
        foreach (var file in files)
        {
            var node = JsonNode.Parse(File.ReadAllText(file))!;
            Assert.Empty(Profile.Violations(node));
            Assert.NotEmpty(node["sources"]!.AsArray());
            foreach (var lesson in node["lessons"]?.AsArray() ?? [])
            {
                Assert.Empty(Lesson.Violations(lesson!));
                Assert.False(string.IsNullOrEmpty(lesson!["source"]?.GetValue<string>()), $"{Path.GetFileName(file)}: a shipped lesson names its source");
            }
        }
    }

    [Fact]
    public void What_is_signed_follows_the_schemas_and_the_tags_are_the_schemas_tags()
    {
        var seed = PracticeSeeds.All.First(s => s.Profile.CostPerParticipant is null);
        seed.Profile.CostPerParticipant = new PracticeCost { Amount = 1200.5m, Currency = "EUR", Year = 2025, Basis = "Staff time." };
        Assert.Empty(Profile.Violations(JsonNode.Parse(CanonicalJson.Bytes(seed.Profile))!));
        seed.Profile.CostPerParticipant = null;
        Assert.Empty(Profile.Violations(JsonNode.Parse(CanonicalJson.Bytes(seed.Profile))!));
        Assert.Empty(Profile.Violations(JsonNode.Parse(CanonicalJson.Bytes(new PracticeProfile { Name = "Bare", Kind = "Prison" }))!));

        var tags = JsonNode.Parse(File.ReadAllText(Path.Combine(TestWorld.RepositoryRoot(), "schemas", "practice-lesson.schema.json")))!["$defs"]!["tag"]!["enum"]!.AsArray().Select(t => t!.GetValue<string>());
        Assert.Equal(tags.Order(StringComparer.Ordinal), LessonTags.All.Order(StringComparer.Ordinal));
        var lesson = new PracticeLesson { Title = "T", Context = "C", Challenge = "Ch", Tried = "Tr", Result = "R", Tags = [.. LessonTags.All.Take(3)] };
        Assert.Empty(Lesson.Violations(JsonNode.Parse(CanonicalJson.Bytes(lesson))!));
    }
}
