namespace Offramp.Core.CodedProfiles;

/// <summary>The open codebook of codebooks/ (embedded at build), written by the team from the seed documents' public sources.</summary>
public static class ShippedCodebooks
{
    public const string CodedProfile = "codebooks/offramp-coded-profile-1.0.json";

    public static string Read(string name)
    {
        using var stream = typeof(ShippedCodebooks).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The codebook {name} is not embedded in the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
