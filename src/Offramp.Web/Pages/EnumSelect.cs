namespace Offramp.Web.Pages;

/// <summary>A select for an enum, each option labelled in the reader's language (see <see cref="Offramp.Reports.EnumLabels"/>).</summary>
public sealed record EnumSelect(string Id, string Name, Type EnumType, IReadOnlyList<string> Values, string? Selected)
{
    public static EnumSelect For<TEnum>(string name, TEnum selected)
        where TEnum : struct, Enum =>
        new(name.Replace('.', '_'), name, typeof(TEnum), Enum.GetNames<TEnum>(), selected.ToString());
}
