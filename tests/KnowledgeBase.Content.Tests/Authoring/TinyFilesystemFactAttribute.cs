using KnowledgeBase.TestSupport.Filesystems;

namespace KnowledgeBase.Content.Tests.Authoring;

/// <summary>A test on a real tiny filesystem; skipped, with the reason, where a tmpfs cannot be mounted (not root).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TinyFilesystemFactAttribute : FactAttribute
{
    public TinyFilesystemFactAttribute()
    {
        if (TinyFilesystem.Unavailable is { } reason)
        {
            Skip = reason + "; the injected-failure tests cover the same code paths.";
        }
    }
}
