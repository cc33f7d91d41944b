using System.Text.Json.Nodes;

namespace Offramp.Core.ProgramCatalogue;

/// <summary>The templates in program-templates/ (embedded at build): Back on Track, Entré, Healthy Identity Intervention, Sri Lanka, Iraq DRP.</summary>
public static class ShippedTemplates
{
    public static IReadOnlyList<TemplateDefinition> All()
    {
        var assembly = typeof(ShippedTemplates).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("program-templates/", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                var (definition, violations) = TemplateFile.Read(JsonNode.Parse(stream));
                return violations.Count == 0 && definition is not null
                    ? definition
                    : throw new InvalidDataException($"The shipped template {name} does not follow the schema: {string.Join("; ", violations.Keys)}");
            })];
    }
}
