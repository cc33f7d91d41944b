namespace Offramp.Web.Tests.Fuzzing;

/// <summary>
/// Real ids of the fuzz world by the name a route or a body gives them ("sessionId", "mentorUserId"), so generated
/// requests name records that exist and get past 404. Requests that create records add theirs as the run goes on.
/// </summary>
public sealed class IdPool
{
    private readonly Dictionary<string, List<Guid>> ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock gate = new();

    public void Add(string name, Guid id)
    {
        lock (gate)
        {
            if (!ids.TryGetValue(name, out var list))
            {
                ids[name] = list = [];
            }

            if (!list.Contains(id))
            {
                list.Add(id);
            }
        }
    }

    /// <summary>
    /// Ids for a name: the exact name, else by its ending ("mentorUserId" and "attendeeUserIds" take user ids, "custodyLeadUserId" too),
    /// else every id known (an id of the wrong kind is still a good probe).
    /// </summary>
    public IReadOnlyList<Guid> For(string name)
    {
        lock (gate)
        {
            var singular = name.EndsWith("Ids", StringComparison.Ordinal) ? name[..^1] : name;
            if (ids.TryGetValue(singular, out var exact) && exact.Count > 0)
            {
                return [.. exact];
            }

            var bySuffix = ids.Where(kv => singular.EndsWith(kv.Key, StringComparison.OrdinalIgnoreCase) && kv.Value.Count > 0)
                .OrderByDescending(kv => kv.Key.Length).Select(kv => kv.Value).FirstOrDefault();
            return bySuffix is { } found ? [.. found] : [.. ids.Values.SelectMany(v => v)];
        }
    }
}
