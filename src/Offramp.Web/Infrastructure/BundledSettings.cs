using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Offramp.Web.Infrastructure;

/// <summary>
/// `dotnet run --project src/Offramp.Web` keeps the caller's folder as the content root, so data/offramp.db lands where
/// the user stands; appsettings*.json are then not in the content root but next to the binary. Read them from there,
/// first, so environment variables and the command line still override them as usual.
/// </summary>
public static class BundledSettings
{
    public static void AddWhenContentRootHasNone(WebApplicationBuilder builder)
    {
        if (File.Exists(Path.Combine(builder.Environment.ContentRootPath, "appsettings.json")) ||
            !File.Exists(Path.Combine(AppContext.BaseDirectory, "appsettings.json")))
        {
            return;
        }

        var binaryFolder = new PhysicalFileProvider(AppContext.BaseDirectory);
        var sources = builder.Configuration.Sources;
        sources.Insert(0, Json(binaryFolder, $"appsettings.{builder.Environment.EnvironmentName}.json"));
        sources.Insert(0, Json(binaryFolder, "appsettings.json"));
    }

    private static JsonConfigurationSource Json(IFileProvider folder, string name) =>
        new() { FileProvider = folder, Path = name, Optional = true, ReloadOnChange = false };
}
