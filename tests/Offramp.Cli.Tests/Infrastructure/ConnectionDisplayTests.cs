using Offramp.Cli.Infrastructure;

namespace Offramp.Cli.Tests.Infrastructure;

public sealed class ConnectionDisplayTests
{
    [Theory]
    [InlineData("Host=db;Database=offramp;Username=app;Password=hunter2-secret", "hunter2-secret")]
    [InlineData("Host=db;Username=app;PWD=hunter2-secret", "hunter2-secret")]
    [InlineData("Host=db;SSL Password=hunter2-secret;Username=app", "hunter2-secret")]
    [InlineData("postgresql://app:hunter2-secret@db:5432/offramp", "hunter2-secret")]
    [InlineData("Host=db;Password='unbalanced", "unbalanced")]
    public void Secrets_never_appear(string connectionString, string secret)
    {
        var shown = ConnectionDisplay.Mask(connectionString);

        Assert.DoesNotContain(secret, shown, StringComparison.Ordinal);
        Assert.Contains("***", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void Everything_else_stays_readable()
    {
        var shown = ConnectionDisplay.Mask("Host=db.internal;Database=offramp;Username=app;Password=x");

        Assert.Contains("db.internal", shown, StringComparison.Ordinal);
        Assert.Contains("offramp", shown, StringComparison.Ordinal);
        Assert.Contains("app", shown, StringComparison.Ordinal);
    }
}
