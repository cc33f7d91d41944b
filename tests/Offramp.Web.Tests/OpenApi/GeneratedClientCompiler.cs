using System.Reflection;
using System.Runtime.Loader;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.OpenApi;

/// <summary>
/// Generates a C# client from an OpenAPI document with NSwag (the dotnet tool pinned in dotnet-tools.json, restored by
/// scripts/test.sh) and compiles it, with <c>GeneratedClient/ClientScenarios.cs</c>, into an assembly in memory.
/// </summary>
internal static class GeneratedClientCompiler
{
    public const string Namespace = "Offramp.GeneratedClient";

    public static async Task<Assembly> GenerateAndCompileAsync(string document)
    {
        var root = TestWorld.RepositoryRoot();
        var input = await LiveOpenApiDocument.ToTempFileAsync(document);
        var output = Path.ChangeExtension(input, ".cs");
        try
        {
            var run = await CommandLine.RunAsync("dotnet", [
                "tool", "run", "nswag", "openapi2csclient",
                $"/input:{input}", $"/output:{output}", $"/namespace:{Namespace}", "/className:OfframpClient",
                "/JsonLibrary:SystemTextJson", "/GenerateClientInterfaces:false", "/UseBaseUrl:false",
            ], root);
            if (run.ExitCode != 0 || !File.Exists(output))
            {
                throw new InvalidOperationException(run.Describe("dotnet tool run nswag (run `dotnet tool restore`; scripts/test.sh does)"));
            }

            var scenarios = Path.Combine(AppContext.BaseDirectory, "OpenApi", "GeneratedClient", "ClientScenarios.cs");
            return Compile(await File.ReadAllTextAsync(output), await File.ReadAllTextAsync(scenarios));
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }

    private static Assembly Compile(params string[] sources)
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var compilation = CSharpCompilation.Create(
            $"{Namespace}.{Guid.NewGuid():N}",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest))),
            platform.Select(p => MetadataReference.CreateFromFile(p)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (!result.Success)
        {
            throw new InvalidOperationException($"The generated client does not compile:\n{string.Join('\n', errors.Take(30))}");
        }

        image.Position = 0;
        return AssemblyLoadContext.Default.LoadFromStream(image);
    }
}
