namespace Offramp.Core.Assessments.Instruments;

/// <summary>The open example instrument of instruments/ (embedded at build), written from public theory.</summary>
public static class ShippedInstruments
{
    public const string OpenPathways = "instruments/open-pathways-1.0.json";

    public static string Read(string name)
    {
        using var stream = typeof(ShippedInstruments).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The instrument {name} is not embedded in the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
