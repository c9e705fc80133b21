namespace KnowledgeBase.Storage.Jobs;

/// <summary>
/// Whether this node runs the background jobs (search-log retention, scheduled backups) now. One
/// node registers none and runs them all. Several nodes: only the one holding the jobs' lock, so each
/// job runs once, not once per node; when that node goes away, the next node to ask takes over.
/// </summary>
public interface IJobLeadership
{
    /// <summary>True when this node may run a job now (taking the lead if nobody holds it).</summary>
    bool TryLead();
}
