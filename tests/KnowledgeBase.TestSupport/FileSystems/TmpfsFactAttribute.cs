using Xunit;

namespace KnowledgeBase.TestSupport.FileSystems;

/// <summary>A test that needs <see cref="Tmpfs"/>; skipped, with the reason, where mounting is impossible.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TmpfsFactAttribute : FactAttribute
{
    public TmpfsFactAttribute()
    {
        if (Tmpfs.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
