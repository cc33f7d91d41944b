using Offramp.Hosting.Demo;

namespace Offramp.Web.Infrastructure;

/// <summary>On first start with Offramp:DemoData on, fills an empty database with the demo organisation.</summary>
public static class StartupDemo
{
    public static async Task<bool> EnsureAsync(WebApplication app)
    {
        if (!app.Configuration.GetValue("Offramp:DemoData", false))
        {
            return false;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
        if (!await seeder.HasDemoDataAsync())
        {
            var count = app.Configuration.GetValue("Offramp:DemoParticipants", 600);
            Console.WriteLine($"First start: seeding the demo organisation with {count} synthetic participants...");
            await seeder.SeedAsync(count, seed: 2026);
        }

        return true;
    }
}
