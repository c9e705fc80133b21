using System.Diagnostics;

namespace KnowledgeBase.TestSupport.Filesystems;

/// <summary>
/// A real, tiny filesystem (a tmpfs of a few kilobytes) mounted on a folder for the length of a
/// test, so "disk full" is the kernel's own ENOSPC and not a simulation. Needs root (the test
/// machines and CI run as root); <see cref="Unavailable"/> says why it cannot be mounted elsewhere.
/// </summary>
public sealed class TinyFilesystem : IDisposable
{
    private static readonly Lazy<string?> Probe = new(ProbeMount);

    private TinyFilesystem(string folder) => Folder = folder;

    /// <summary>Null when a tmpfs can be mounted here; otherwise the reason it cannot.</summary>
    public static string? Unavailable => Probe.Value;

    public string Folder { get; }

    /// <summary>Creates <paramref name="folder"/> and mounts a tmpfs of <paramref name="kilobytes"/> KB on it.</summary>
    public static TinyFilesystem Mount(string folder, int kilobytes)
    {
        Directory.CreateDirectory(folder);
        var (code, output) = Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", folder);
        return code == 0 ? new TinyFilesystem(folder) : throw new InvalidOperationException($"mount failed ({code}): {output}");
    }

    /// <summary>Fills the filesystem with one file until the kernel says no space is left.</summary>
    public void Fill()
    {
        try
        {
            using var stream = new FileStream(Path.Combine(Folder, ".filler"), FileMode.Create);
            var block = new byte[4096];
            while (true)
            {
                stream.Write(block);
                stream.Flush(flushToDisk: true);
            }
        }
        catch (IOException)
        {
            // Full: exactly what the test wants.
        }
    }

    public void Dispose() => Run("umount", Folder);

    private static string? ProbeMount()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "tmpfs needs Linux";
        }

        var folder = Path.Combine(Path.GetTempPath(), "kb-tests", "tmpfs-probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (Mount(folder, 64))
            {
            }

            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return $"cannot mount a tmpfs (needs root): {ex.Message.Trim()}";
        }
        finally
        {
            try
            {
                Directory.Delete(folder);
            }
            catch (IOException)
            {
            }
        }
    }

    private static (int Code, string Output) Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {command}");
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
