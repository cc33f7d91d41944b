using Offramp.Cli.Tests.Infrastructure;
using Offramp.TestSupport;

namespace Offramp.Cli.Tests.Keys;

/// <summary>`keys rotate` on a seeded demo re-seals every field, retires the old key, and `audit verify` still passes.</summary>
public sealed class KeysRotateTests
{
    [Theory]
    [BothProviders]
    public async Task Rotation_re_seals_everything_and_retires_the_old_key(DatabaseProviderKind provider)
    {
        await using var workspace = await CliWorkspace.CreateAsync(provider);
        (await workspace.RunAsync("demo", "seed", "--participants", "30")).ShouldSucceed();

        var rotated = (await workspace.RunAsync("keys", "rotate", "--batch-size", "7")).ShouldSucceed();

        Assert.Contains("Retired key(s): 1.", rotated.Output, StringComparison.Ordinal);
        Assert.Equal(1, await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"ProtectedKeys\" WHERE \"Purpose\" = 'FieldEncryption' AND \"RetiredAt\" IS NULL"));
        Assert.Contains("intact", (await workspace.RunAsync("audit", "verify")).ShouldSucceed().Output, StringComparison.Ordinal);
        Assert.Contains("Retired key(s): 4.", (await workspace.RunAsync("keys", "rotate")).ShouldSucceed().Output, StringComparison.Ordinal);
    }
}
