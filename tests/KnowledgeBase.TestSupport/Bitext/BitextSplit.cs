namespace KnowledgeBase.TestSupport.Bitext;

/// <summary>
/// The intent-detection splits. Tune on <see cref="Train"/> and <see cref="Dev"/> only;
/// <see cref="Test"/> is for the final report.
/// </summary>
public enum BitextSplit
{
    Train,
    Dev,
    Test,
}
