namespace KnowledgeBase.TestSupport.Relevance;

/// <summary>Which form of a <see cref="KnownItemQuery"/> is searched.</summary>
public enum KnownItemForm
{
    /// <summary>No diacritics, a swapped pair of letters in every other query: how agents type.</summary>
    Typed,

    /// <summary>No diacritics, no typos.</summary>
    Unaccented,

    /// <summary>As written, no typos.</summary>
    Accented,
}
