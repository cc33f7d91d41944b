using System.Reflection;

using Xunit;
using Xunit.Sdk;

namespace Offramp.TestSupport;

/// <summary>
/// Theory data that runs a test once on SQLite and once on PostgreSQL: the provider is the first argument,
/// followed by <see cref="Data"/> when given. Several attributes on one test give several rows per provider.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class BothProvidersAttribute(params object?[] data) : DataAttribute
{
    public IReadOnlyList<object?> Data { get; } = data;

    public override IEnumerable<object?[]> GetData(MethodInfo testMethod) =>
        Enum.GetValues<DatabaseProviderKind>().Select(provider => new object?[] { provider }.Concat(Data).ToArray());
}

/// <summary>Theory data crossing both providers with a set of values (e.g. every persona).</summary>
public static class ProviderTheoryData
{
    public static TheoryData<DatabaseProviderKind, T> Cross<T>(IEnumerable<T> values)
    {
        var data = new TheoryData<DatabaseProviderKind, T>();
        foreach (var provider in Enum.GetValues<DatabaseProviderKind>())
        {
            foreach (var value in values)
            {
                data.Add(provider, value);
            }
        }

        return data;
    }
}
