using Offramp.Hosting.Database;
using Offramp.Hosting.Demo;

namespace Offramp.Web.Infrastructure;

/// <summary>Tells whoever started the app where to sign in and, for the demo, with which accounts.</summary>
public static class StartupBanner
{
    public static void Print(WebApplication app, bool demo)
    {
        var database = app.Services.GetRequiredService<DatabaseSettings>();
        var urls = string.Join(", ", app.Urls);
        Console.WriteLine();
        Console.WriteLine($"Offramp is running at {urls}  (database: {database.Provider})");
        Console.WriteLine($"Sign in at {app.Urls.FirstOrDefault() ?? "http://localhost:5000"}/Account/Login");
        if (!demo)
        {
            Console.WriteLine("Create the first account with: dotnet run --project src/Offramp.Cli -- admin create-user --help");
            return;
        }

        Console.WriteLine();
        Console.WriteLine($"Demo accounts (password for all: {DemoAccounts.Password}). Every account uses TOTP MFA:");
        Console.WriteLine("add the secret to an authenticator app, or print the current code with");
        Console.WriteLine("  dotnet run --project src/Offramp.Cli -- demo totp <email>");
        Console.WriteLine();
        foreach (var account in DemoAccounts.All)
        {
            Console.WriteLine($"  {account.Role,-18} {account.Email,-32} TOTP secret {account.TotpSecret}");
        }

        var hub = DemoAccounts.HubAdmin;
        Console.WriteLine($"  {"Evidence hub admin",-18} {hub.Email,-32} TOTP secret {hub.TotpSecret}");

        Console.WriteLine();
    }
}
