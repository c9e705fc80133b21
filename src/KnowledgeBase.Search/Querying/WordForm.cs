namespace KnowledgeBase.Search.Querying;

/// <summary>One way a typed word can match: a term in the folded fields (no language) or in a language's stemmed fields.</summary>
/// <param name="Term">The indexed term; several terms separated by spaces for a multi-word synonym, all of which must match.</param>
/// <param name="Language">The stemmed fields' language, or null for the folded fields.</param>
/// <param name="Factor">What a match through this form is worth, relative to the word as typed.</param>
/// <param name="DocFreq">When set, the idf to use instead of the term's own (all completions of a prefix share one).</param>
internal sealed record WordForm(string Term, string? Language, float Factor, int? DocFreq = null);
