using Lucene.Net.Index;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// The writer's merge policy, with background merges held back during a bulk build: the build ends
/// in one forced merge into a single segment anyway, so merging the segments flushed along the way
/// (a quarter of a 2,000-page build's CPU time, on the same two cores as the indexing) only rewrote
/// the same postings again. Forced merges and everything else go to the wrapped policy.
/// </summary>
internal sealed class PausableMergePolicy(MergePolicy inner) : MergePolicy
{
    private volatile bool _paused;

    /// <summary>Holds back merges until the returned scope is disposed.</summary>
    public IDisposable Pause()
    {
        _paused = true;
        return new Resume(this);
    }

    public override void SetIndexWriter(IndexWriter writer)
    {
        base.SetIndexWriter(writer);
        inner.SetIndexWriter(writer);
    }

    public override MergeSpecification? FindMerges(MergeTrigger mergeTrigger, SegmentInfos segmentInfos) =>
        _paused ? null : inner.FindMerges(mergeTrigger, segmentInfos);

    public override MergeSpecification FindForcedMerges(SegmentInfos segmentInfos, int maxSegmentCount, IDictionary<SegmentCommitInfo, bool> segmentsToMerge) =>
        inner.FindForcedMerges(segmentInfos, maxSegmentCount, segmentsToMerge);

    public override MergeSpecification FindForcedDeletesMerges(SegmentInfos segmentInfos) => inner.FindForcedDeletesMerges(segmentInfos);

    public override bool UseCompoundFile(SegmentInfos segments, SegmentCommitInfo newSegment) => inner.UseCompoundFile(segments, newSegment);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
    }

    private sealed class Resume(PausableMergePolicy policy) : IDisposable
    {
        public void Dispose() => policy._paused = false;
    }
}
