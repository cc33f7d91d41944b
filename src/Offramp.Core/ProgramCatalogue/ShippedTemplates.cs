using System.Text.Json;
using System.Text.Json.Nodes;

using Offramp.Core.Common;

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
                var node = JsonNode.Parse(stream) ?? throw new InvalidDataException($"The shipped template {name} is empty.");

                // Texts given per language keep their English in the definition and the rest beside it.
                var translations = TranslatableText.Extract(node);
                var definition = node.Deserialize<TemplateDefinition>(DefineTemplate.Json)!;
                definition.Translations = translations;
                return definition;
            })];
    }
}
