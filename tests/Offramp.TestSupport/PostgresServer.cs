using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

using Npgsql;

namespace Offramp.TestSupport;

/// <summary>
/// A real PostgreSQL 15 for the test run: initdb and pg_ctl from <see cref="BinaryDirectory"/> in a temporary folder,
/// on a free loopback port, run as the unprivileged <c>postgres</c> user when the tests run as root, trust
/// authentication on 127.0.0.1 and fsync off for speed. Started on first use, stopped when the test process exits.
/// Use <see cref="Shared"/> and ask it for a fresh database per test fixture with <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgresServer
{
    public const string BinaryDirectory = "/usr/lib/postgresql/15/bin";

    private const string OsUser = "postgres";
    private const string SuperUser = "postgres";

    private readonly Lazy<Task> start;
    private string? root;
    private int port;

    private PostgresServer() => start = new Lazy<Task>(StartOnceAsync);

    /// <summary>The one server of this test process.</summary>
    public static PostgresServer Shared { get; } = new();

    /// <summary>True once the server has started.</summary>
    public bool IsRunning { get; private set; }

    /// <summary>The loopback port the server listens on (starts the server if needed).</summary>
    public async Task<int> GetPortAsync(CancellationToken ct = default)
    {
        await EnsureStartedAsync(ct);
        return port;
    }

    /// <summary>
    /// Creates an empty database <c>offramp_&lt;guid&gt;</c> and returns its connection string
    /// ("Host=127.0.0.1;Port=...;Username=postgres;Database=offramp_..."). Starts the server on first call.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken ct = default)
    {
        await EnsureStartedAsync(ct);
        var name = $"offramp_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync(ct);
        return ConnectionString(name);
    }

    /// <summary>The connection string of a database on this server (no start, no creation).</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={port};Username={SuperUser};Database={database};Include Error Detail=true";

    private Task EnsureStartedAsync(CancellationToken ct) => start.Value.WaitAsync(ct);

    private async Task StartOnceAsync()
    {
        await StartAsync();
        IsRunning = true;
        StartWatchdog();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
    }

    private async Task StartAsync()
    {
        foreach (var tool in new[] { "initdb", "pg_ctl", "postgres" })
        {
            if (!File.Exists(Path.Combine(BinaryDirectory, tool)))
            {
                throw new InvalidOperationException(
                    $"PostgreSQL 15 is not installed ({Path.Combine(BinaryDirectory, tool)} is missing). Every data test runs on PostgreSQL too: " +
                    "install it with `apt-get update && apt-get install -y postgresql` or run the README's test command, which does this.");
            }
        }

        DeleteStoppedLeftovers();
        root = Path.Combine(Path.GetTempPath(), $"offramp-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        if (RunsAsRoot)
        {
            await ExternalProcess.RunAsync("chown", [$"{OsUser}:{OsUser}", root], TimeSpan.FromSeconds(30));
        }

        var data = Path.Combine(root, "data");
        await RunToolAsync("initdb", ["-D", data, "-U", SuperUser, "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync", "--no-instructions"], TimeSpan.FromMinutes(2));

        Exception? last = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            port = FreePort();
            var options = string.Join(' ',
                "-c listen_addresses=127.0.0.1", $"-p {port}", $"-c unix_socket_directories={root}",
                "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off",
                "-c max_connections=400", "-c shared_buffers=64MB");
            try
            {
                await RunToolAsync("pg_ctl", ["-D", data, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "-o", options, "start"], TimeSpan.FromSeconds(90));
                return;
            }
            catch (InvalidOperationException e)
            {
                last = e;
            }
        }

        var log = File.Exists(Path.Combine(root, "server.log")) ? await File.ReadAllTextAsync(Path.Combine(root, "server.log")) : "";
        throw new InvalidOperationException($"PostgreSQL did not start.\n{log}", last);
    }

    /// <summary>Stops the server at once (its data is throw-away) and deletes its folder.</summary>
    private void Stop()
    {
        if (!IsRunning || root is null)
        {
            return;
        }

        IsRunning = false;
        var info = Command("pg_ctl", ["-D", Path.Combine(root, "data"), "-m", "immediate", "-w", "stop"]);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        using (var process = Process.Start(info))
        {
            process?.WaitForExit(20_000);
        }

        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover folder is harmless: the next run deletes it (see DeleteStoppedLeftovers).
        }
    }

    /// <summary>Deletes folders of earlier runs whose server is stopped (no postmaster.pid) but which the exit could not delete.</summary>
    private static void DeleteStoppedLeftovers()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), "offramp-pg-*"))
        {
            // Old enough not to be another test process that is still running initdb in it.
            if (!File.Exists(Path.Combine(folder, "data", "postmaster.pid")) && Directory.GetCreationTimeUtc(folder) < DateTime.UtcNow.AddMinutes(-10))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Another run may be starting in it; leave it.
                }
            }
        }
    }

    /// <summary>
    /// A detached shell that waits for this test process to end, however it ends (a killed test host runs no exit
    /// handler), then stops the server and deletes its folder. Double-forked so it is not part of the test host's tree.
    /// </summary>
    private void StartWatchdog()
    {
        var data = Path.Combine(root!, "data");
        var stop = RunsAsRoot
            ? $"runuser -u {OsUser} -- '{BinaryDirectory}/pg_ctl' -D '{data}' -m immediate -w stop"
            : $"'{BinaryDirectory}/pg_ctl' -D '{data}' -m immediate -w stop";
        var script = $"while [ -d /proc/{Environment.ProcessId} ]; do sleep 1; done; {stop}; rm -rf '{root}'";
        var info = new ProcessStartInfo("sh") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add($"( {script} ) </dev/null >/dev/null 2>&1 &");
        using var launcher = Process.Start(info) ?? throw new InvalidOperationException("Could not start the PostgreSQL watchdog.");
        launcher.WaitForExit(10_000);
    }

    private static Task<string> RunToolAsync(string tool, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var info = Command(tool, arguments);
        return ExternalProcess.RunAsync(info.FileName, info.ArgumentList, timeout);
    }

    private static ProcessStartInfo Command(string tool, IEnumerable<string> arguments)
    {
        var path = Path.Combine(BinaryDirectory, tool);
        var info = new ProcessStartInfo(RunsAsRoot ? "runuser" : path) { UseShellExecute = false };
        if (RunsAsRoot)
        {
            // PostgreSQL refuses to run as root: run it as the unprivileged postgres user.
            foreach (var prefix in new[] { "-u", OsUser, "--", path })
            {
                info.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    private static bool RunsAsRoot => Environment.UserName == "root";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
