namespace KnowledgeBase.TestSupport.Relevance;

/// <summary>
/// A known-item query: words an agent remembers from one document's body, in three forms so a
/// report can show what costs what.
/// </summary>
/// <param name="Target">The id of the document the words come from.</param>
/// <param name="Typed">As typed mid-call: without diacritics, every other query with two adjacent letters swapped.</param>
/// <param name="Unaccented">Without diacritics, no typo.</param>
/// <param name="Accented">The words as written in the document (lower case), no typo.</param>
public sealed record KnownItemQuery(string Target, string Typed, string Unaccented, string Accented)
{
    public string Text(KnownItemForm form) => form switch
    {
        KnownItemForm.Typed => Typed,
        KnownItemForm.Unaccented => Unaccented,
        _ => Accented,
    };
}
