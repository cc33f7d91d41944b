using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Security;

namespace Offramp.Core.Data;

/// <summary>Builds a context for `dotnet ef` only: it never saves, so its audit and keys are throwaway.</summary>
public static class DesignTimeContext
{
    public static OfframpDbContext Create(DbContextOptions<OfframpDbContext> options)
    {
        var clock = new SystemClock(TimeProvider.System);
        var keys = new KeyRing(new EphemeralDataProtectionProvider(), new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), clock);
        return new OfframpDbContext(options, new AuditTrail(new SystemActor()), new AuditChainWriter(new CheckpointSigner(keys), clock));
    }
}
