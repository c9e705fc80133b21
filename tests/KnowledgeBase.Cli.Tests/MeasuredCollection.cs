namespace KnowledgeBase.Cli.Tests;

/// <summary>
/// Tests that measure the whole process's allocations run alone, after the others: a command's
/// work spreads over thread-pool threads, so only a quiet process gives a true number.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasuredCollection
{
    public const string Name = "Measured (runs alone)";
}
