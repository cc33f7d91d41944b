using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

using Offramp.Core.Data;
using Offramp.Data.Sqlite.CompiledModel;
using Offramp.Hosting.Database;

namespace Offramp.Cli.Tests.Database;

/// <summary>
/// CLI commands that do not migrate use the SQLite model compiled ahead of time (src/Offramp.Data.Sqlite/CompiledModel) instead
/// of building it at start. It is generated code: after any change to the model (an entity, a configuration, a
/// convention) it must be generated again with scripts/optimize-model.sh, or those commands would read and write with
/// the old model. This test fails until it is.
/// </summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void The_compiled_sqlite_model_matches_the_model_built_from_the_configurations()
    {
        var built = ModelDescription.Of(ContextModel(compiledModel: false));
        var compiled = ModelDescription.Of(ContextModel(compiledModel: true));

        Assert.Contains(built, line => line.StartsWith("Offramp.Core.Participants.Participant.Stage: column Stage TEXT", StringComparison.Ordinal));
        var stale = built.Except(compiled).Concat(compiled.Except(built).Select(line => "compiled only: " + line)).ToList();
        Assert.True(stale.Count == 0,
            "The compiled model is out of date with the model: run scripts/optimize-model.sh. Differences:\n" + string.Join('\n', stale.Take(20)));
        Assert.Equal(built.Count, compiled.Count);
    }

    [Fact]
    public void The_compiled_model_is_the_one_a_read_only_context_uses()
    {
        Assert.Same(OfframpDbContextModel.Instance, ContextModel(compiledModel: true));
        Assert.NotSame(OfframpDbContextModel.Instance, ContextModel(compiledModel: false));
    }

    /// <summary>The model a context over SQLite gets, configured the way the app and the CLI configure theirs.</summary>
    private static IModel ContextModel(bool compiledModel)
    {
        var options = new DbContextOptionsBuilder<OfframpDbContext>();
        DbContextSetup.Configure(options, new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=:memory:"), compiledModel);
        using var context = DesignTimeContext.Create(options.Options);
        return context.Model;
    }
}
