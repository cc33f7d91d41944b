using System.Text.Json;

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
                return JsonSerializer.Deserialize<TemplateDefinition>(stream, DefineTemplate.Json)
                    ?? throw new InvalidDataException($"The shipped template {name} is empty.");
            })];
    }
}
