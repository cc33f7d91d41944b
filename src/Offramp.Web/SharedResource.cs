namespace Offramp.Web;

/// <summary>Marker for the shared UI strings in Resources/SharedResource.*.resx (one file per language).</summary>
public sealed class SharedResource;
