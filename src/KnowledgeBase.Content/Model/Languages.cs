namespace KnowledgeBase.Content.Model;

/// <summary>The languages content folders may use (ISO 639-1).</summary>
public static class Languages
{
    /// <summary>Languages with full search support (stemming, folding) and shipped content.</summary>
    public static readonly IReadOnlyList<string> Primary = ["en", "cs", "lv", "fr", "ru"];

    /// <summary>Every accepted folder name.</summary>
    public static readonly IReadOnlySet<string> Supported = new HashSet<string>(StringComparer.Ordinal)
    {
        "en", "cs", "lv", "fr", "ru", "de", "es", "it", "pl", "pt", "nl", "sk", "lt", "et", "uk", "fi", "sv", "da", "no",
    };

    public const string Default = "en";

    public static bool IsSupported(string code) => Supported.Contains(code);

    /// <summary>Reads a language from a folder name such as <c>fr</c>, <c>fr-FR</c> or <c>fr_FR</c>.</summary>
    public static string? FromFolderName(string folder)
    {
        var code = folder.Length switch
        {
            2 => folder,
            5 when folder[2] is '-' or '_' => folder[..2],
            _ => null,
        };
        code = code?.ToLowerInvariant();
        return code is not null && IsSupported(code) ? code : null;
    }

    /// <summary>Display name in the language itself, for filters and badges.</summary>
    public static string NativeName(string code) => code switch
    {
        "en" => "English",
        "cs" => "Čeština",
        "lv" => "Latviešu",
        "fr" => "Français",
        "ru" => "Русский",
        "de" => "Deutsch",
        "es" => "Español",
        "it" => "Italiano",
        "pl" => "Polski",
        "pt" => "Português",
        "nl" => "Nederlands",
        "sk" => "Slovenčina",
        "lt" => "Lietuvių",
        "et" => "Eesti",
        "uk" => "Українська",
        "fi" => "Suomi",
        "sv" => "Svenska",
        "da" => "Dansk",
        "no" => "Norsk",
        _ => code,
    };
}
