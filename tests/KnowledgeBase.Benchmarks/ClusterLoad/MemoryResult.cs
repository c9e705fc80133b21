namespace KnowledgeBase.Benchmarks.ClusterLoad;

/// <summary>The app's resident memory with a number of idle circuits open, and the slope: memory per circuit.</summary>
internal sealed record MemoryResult(IReadOnlyList<(int Circuits, long ResidentBytes)> Points)
{
    /// <summary>Least-squares slope of resident bytes over circuits.</summary>
    public double BytesPerCircuit
    {
        get
        {
            var n = Points.Count;
            var meanX = Points.Average(p => (double)p.Circuits);
            var meanY = Points.Average(p => (double)p.ResidentBytes);
            var covariance = Points.Sum(p => (p.Circuits - meanX) * (p.ResidentBytes - meanY));
            var variance = Points.Sum(p => (p.Circuits - meanX) * (p.Circuits - meanX));
            return n < 2 || variance == 0 ? double.NaN : covariance / variance;
        }
    }
}
