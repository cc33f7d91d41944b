namespace Offramp.Hosting.Database;

/// <summary>How a process reads the SQLite file's pages.</summary>
public enum SqliteReads
{
    /// <summary>
    /// Through SQLite's page cache, one read system call per page missed. For the CLI: a report scans a
    /// million rows once, and mapping the file counted every page it touched in the process's peak memory (about
    /// 1 GiB against 0.5) with no CPU saved.
    /// </summary>
    Buffered,

    /// <summary>
    /// Memory-mapped. For the web app: every page writes audit events, and each commit empties the page cache of
    /// every other pooled connection, so with buffered reads each request read every page it touched again through a
    /// system call (80,000 preads in 10 s of the director's worklist under load, 3,000 mapped).
    /// </summary>
    MemoryMapped,
}
