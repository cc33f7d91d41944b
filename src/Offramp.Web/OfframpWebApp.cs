using System.Text.Json.Serialization;

using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;

using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Hosting;
using Offramp.Hosting.Database;
using Offramp.Reports;
using Offramp.Web.Api;
using Offramp.Web.Api.OpenApi;
using Offramp.Web.Auth;
using Offramp.Web.Auth.RateLimits;
using Offramp.Web.Auth.SignIn;
using Offramp.Web.Infrastructure;
using Offramp.Web.Infrastructure.Languages;

namespace Offramp.Web;

/// <summary>Builds the web host: services, security, UI and API. Kept out of Program.cs so tests and tools build the same app.</summary>
public static class OfframpWebApp
{
    public static WebApplication Build(string[] args)
    {
        // The application name decides where Razor Pages are discovered: this assembly, also when a test host starts the app.
        // Settings are read once, at start (a change takes a restart, which the operator sees). Reloading them on change
        // made ASP.NET Core watch the whole content root, subfolders included, and the SQLite database and its WAL live
        // under it by default (data/): every audited page woke the watcher, 4% of the server's CPU under load.
        string[] startArgs = [.. args, "--hostBuilder:reloadConfigOnChange=false"];
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = startArgs, ApplicationName = typeof(OfframpWebApp).Assembly.GetName().Name });
        BundledSettings.AddWhenContentRootHasNone(builder);
        var services = builder.Services;
        services.AddOfframpCore(builder.Configuration);
        services.AddHttpContextAccessor();
        services.AddScoped<IActor, HttpActor>();
        services.AddScoped<Navigation>();
        services.AddScoped<Pages.Library.LibraryPrograms>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddIdentity<AppUser, IdentityRole<Guid>>(IdentityPolicy.Apply)
            .AddEntityFrameworkStores<OfframpDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddClaimsPrincipalFactory<OfframpClaimsFactory>();
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.OnRefreshingPrincipal = SessionLifetime.KeepSignInFactsAsync;
        });
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "offramp";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.ExpireTimeSpan = SessionLifetime.Idle;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/Account/Login";
            cookie.LogoutPath = "/Account/Logout";
            cookie.AccessDeniedPath = "/Account/EnrolAuthenticator";
            cookie.Events = new CookieAuthenticationEvents { OnValidatePrincipal = SessionLifetime.ValidateAsync };
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, c =>
        {
            c.Cookie.SameSite = SameSiteMode.Strict;
            c.Cookie.HttpOnly = true;
        });
        services.AddAuthentication()
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, AccessTokenAuthenticationHandler>(AccessTokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(Policies.Add);
        services.AddScoped<AccountThrottle>();
        services.AddScoped<PasswordStep>();
        services.AddScoped<SecondFactorStep>();
        services.AddScoped<ListSignInFlags>();
        services.AddCredentialRateLimits(builder.Configuration);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "offramp-af";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });

        // One-off notices after a redirect ("saved", "marked as done, undo") travel in a short-lived, protected cookie.
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = "offramp-notice";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.IsEssential = true;
        });
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddReportWords();
        services.AddSingleton<ReaderFormats>();
        services.AddSingleton<Pages.Evidence.EvidenceLabels>();
        services.AddRazorPages(o =>
        {
            o.Conventions.AllowAnonymousToFolder("/Account");
            o.Conventions.AuthorizePage("/Account/EnrolAuthenticator", Policies.PasswordOnly);
            o.Conventions.AuthorizePage("/Account/Logout", Policies.PasswordOnly);
        }).AddMvcOptions(o =>
        {
            o.Filters.Add<AuditedPageReads>();
            o.Filters.Add<TranslatedFormMessages>();
            TranslatedFormMessages.Configure(o.ModelBindingMessageProvider);
            o.ModelBinderProviders.Insert(0, new DateEntryModelBinderProvider());
        }).AddViewLocalization()
            // Data annotations on commands carry Core's English messages; they are translated from the same file as every other form message.
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(Messages)));

        services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false)));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddOfframpOpenApi();
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = 1_000_000);
        return BuildApp(builder);
    }

    private static WebApplication BuildApp(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        app.UseTrustedProxies();
        app.UseMiddleware<SecurityHeaders>();
        // The API answers every error as ProblemDetails; the UI shows a readable error page.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), ui =>
        {
            ui.UseExceptionHandler("/Error");
            ui.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseRequestLocalization(AppLanguages.Options());
        app.UseStaticFiles();
        app.UseRouting();
        app.UseCredentialRateLimits();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapOfframpApi();
        app.MapRazorPages();
        return app;
    }

    /// <summary>Migrates the database and, when Offramp:DemoData is on and the database is empty, seeds the demo organisation.</summary>
    public static async Task PrepareAsync(WebApplication app)
    {
        await DatabaseMigrator.MigrateAsync(app.Services);
        var seeded = await StartupDemo.EnsureAsync(app);
        app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app, seeded));
    }
}
