namespace KnowledgeBase.Cluster.Changes;

/// <summary>What a change expects of a path: a version (the one the lead opened), or no document there.</summary>
internal sealed record PathExpectation(string Path, string? Hash)
{
    public bool MustBeAbsent => Hash is null;

    public static PathExpectation Version(string path, string hash) => new(path, hash);

    public static PathExpectation Absent(string path) => new(path, null);

    public bool IsMetBy(string? latestHash) => latestHash == Hash;
}
