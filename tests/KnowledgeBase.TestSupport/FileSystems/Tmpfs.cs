using System.Diagnostics;

namespace KnowledgeBase.TestSupport.FileSystems;

/// <summary>
/// A small tmpfs mounted for one test (Linux, as root): a real file system that fills up or turns
/// read-only, so storage faults are tested against the kernel's own errors rather than mocks.
/// Unmounted and removed on dispose.
/// </summary>
public sealed class Tmpfs : IDisposable
{
    private static readonly Lazy<string?> Probe = new(ProbeMount);

    private Tmpfs(string root) => Root = root;

    /// <summary>Why a tmpfs cannot be mounted here, or null when it can.</summary>
    public static string? Unavailable => Probe.Value;

    /// <summary>The mount point.</summary>
    public string Root { get; }

    /// <summary>Mounts a tmpfs of <paramref name="bytes"/> bytes on a new folder under the temp directory.</summary>
    public static Tmpfs Mount(long bytes)
    {
        if (Unavailable is { } reason)
        {
            throw new InvalidOperationException(reason);
        }

        var root = NewMountPoint();
        Run("mount", "-t", "tmpfs", "-o", $"size={bytes},mode=0755", "tmpfs", root);
        return new Tmpfs(root);
    }

    /// <summary>Writes a filler file until the file system is full; returns its path (delete it to free the space).</summary>
    public string Fill()
    {
        var filler = Path.Combine(Root, "filler-" + Guid.NewGuid().ToString("N"));
        using var stream = new FileStream(filler, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1);
        var block = new byte[4096];
        try
        {
            while (true)
            {
                stream.Write(block);
            }
        }
        catch (IOException)
        {
            // Full: what is written stays, and the next write anywhere on this file system fails too.
        }

        return filler;
    }

    /// <summary>Mounts the same file system again, read-only: files stay, nothing can be written.</summary>
    public void RemountReadOnly() => Run("mount", "-o", "remount,ro", Root);

    public void Dispose()
    {
        // Lazy: a handle a test leaked must not leave the mount behind.
        Run("umount", "-l", Root);
        Directory.Delete(Root);
    }

    private static string NewMountPoint()
    {
        var root = Path.Combine(Path.GetTempPath(), "kb-tests", "tmpfs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        return root;
    }

    private static string? ProbeMount()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "mounting a tmpfs needs Linux";
        }

        if (!Environment.IsPrivilegedProcess)
        {
            return "mounting a tmpfs needs root (run the tests as root, as CI does)";
        }

        var root = NewMountPoint();
        try
        {
            var (exit, error) = TryRun("mount", "-t", "tmpfs", "-o", "size=65536", "tmpfs", root);
            if (exit != 0)
            {
                return $"mount -t tmpfs failed here ({error.Trim()}); the injected-fault tests cover the same paths";
            }

            TryRun("umount", root);
            return null;
        }
        finally
        {
            Directory.Delete(root);
        }
    }

    private static void Run(string command, params string[] arguments)
    {
        var (exit, error) = TryRun(command, arguments);
        if (exit != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed ({exit}): {error}");
        }
    }

    private static (int Exit, string Error) TryRun(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
