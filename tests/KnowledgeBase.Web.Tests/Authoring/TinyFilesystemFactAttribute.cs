using KnowledgeBase.TestSupport.Filesystems;

namespace KnowledgeBase.Web.Tests.Authoring;

/// <summary>A test on a real tiny filesystem; skipped, with the reason, where a tmpfs cannot be mounted (not root).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TinyFilesystemFactAttribute : FactAttribute
{
    public TinyFilesystemFactAttribute()
    {
        if (TinyFilesystem.Unavailable is { } reason)
        {
            Skip = reason + "; KnowledgeBase.Content.Tests covers the writer with an injected failure.";
        }
    }
}
