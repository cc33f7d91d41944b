using System.Text;

namespace Offramp.Core.Audit.Witness;

/// <summary>
/// Whole-line appends under an exclusive file lock (flock on Linux, so several processes sharing the key directory
/// never interleave), flushed to disk before returning; reads take the shared lock so they never see half a line.
/// </summary>
internal static class WitnessFile
{
    private const int Attempts = 100;

    public static void Append(string path, SignedHead head)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = Open(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var line = head.ToLine() + "\n";
        if (stream.Length > 0)
        {
            // A process killed mid-write could leave a line without its newline; never glue the next line onto it.
            stream.Seek(-1, SeekOrigin.End);
            if (stream.ReadByte() != '\n')
            {
                line = "\n" + line;
            }
        }

        stream.Seek(0, SeekOrigin.End);
        stream.Write(Encoding.UTF8.GetBytes(line));
        stream.Flush(flushToDisk: true);
    }

    /// <summary>The lines with their 1-based numbers; null when the file does not exist.</summary>
    public static List<(int Number, string Text)>? ReadLines(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var stream = Open(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<(int, string)>();
        var number = 0;
        while (reader.ReadLine() is { } text)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(text))
            {
                lines.Add((number, text));
            }
        }

        return lines;
    }

    private static FileStream Open(string path, FileMode mode, FileAccess access, FileShare share)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new FileStream(path, mode, access, share);
            }
            catch (IOException) when (attempt < Attempts && File.Exists(path))
            {
                // Another process holds the lock for one short append.
                Thread.Sleep(20);
            }
        }
    }
}
