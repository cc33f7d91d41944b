using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Hosting;
using Offramp.Hosting.Database;

namespace Offramp.Cli.Infrastructure;

/// <summary>
/// The same services the web app uses, over a plain ServiceCollection: no host to start, nothing listening.
/// Built only by commands that need the database, so `--help` and `demo totp` never touch it.
/// </summary>
public sealed class CliServices : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private CliServices(ServiceProvider provider, DatabaseSettings database)
    {
        this.provider = provider;
        Database = database;
    }

    public DatabaseSettings Database { get; }

    public IServiceProvider Root => provider;

    /// <param name="migrates">
    /// Commands that apply migrations pass true. Every other command starts, on SQLite, from the model compiled ahead
    /// of time, which saves building it at every start (about a second of CPU, see DbContextSetup); applying
    /// migrations compares the model with the migrations' snapshot and needs it built the usual way.
    /// </param>
    public static CliServices Build(bool migrates = false)
    {
        // Environment only (OFFRAMP_DB, ConnectionStrings__Offramp, Offramp__KeyDirectory): explicit, and the same names the web app reads.
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var services = new ServiceCollection();
        services.AddLogging();
        var database = services.AddOfframpCore(configuration, compiledModel: !migrates);
        services.AddScoped<ActorSlot>();
        services.AddScoped<IActor>(sp => sp.GetRequiredService<ActorSlot>().Actor);
        services.AddIdentityCore<AppUser>(IdentityPolicy.Apply)
            .AddEntityFrameworkStores<OfframpDbContext>()
            .AddDefaultTokenProviders();
        return new CliServices(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }), database);
    }

    /// <summary>
    /// A unit of work acting as <paramref name="actor"/>. Audit events take the actor's organisation, so work on an
    /// organisation's records passes <c>new SystemActor(organisationId)</c> and shows up in that organisation's trail.
    /// </summary>
    public AsyncServiceScope Scope(IActor? actor = null)
    {
        var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorSlot>().Actor = actor ?? new SystemActor();
        return scope;
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();

    /// <summary>Holds the scope's actor; set before anything that records audit events is resolved.</summary>
    private sealed class ActorSlot
    {
        public IActor Actor { get; set; } = new SystemActor();
    }
}
