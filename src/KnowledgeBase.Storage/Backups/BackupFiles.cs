namespace KnowledgeBase.Storage.Backups;

/// <summary>File copying shared by backup and restore.</summary>
internal static class BackupFiles
{
    /// <summary>Copies every file under <paramref name="source"/> (if it exists) into <paramref name="target"/>; returns how many.</summary>
    public static int CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        if (!Directory.Exists(source))
        {
            return 0;
        }

        var count = 0;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
            count++;
        }

        return count;
    }

    /// <summary><paramref name="name"/>, or with -2, -3, … when a folder of that name exists already.</summary>
    public static string FreeName(string folder, string name)
    {
        var candidate = name;
        for (var n = 2; Directory.Exists(Path.Combine(folder, candidate)); n++)
        {
            candidate = $"{name}-{n}";
        }

        return candidate;
    }
}
