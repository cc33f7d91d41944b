using Offramp.Web;

var app = OfframpWebApp.Build(args);
await OfframpWebApp.PrepareAsync(app);
await app.RunAsync();

/// <summary>Entry point, public so WebApplicationFactory can host the real app in tests.</summary>
public partial class Program;
