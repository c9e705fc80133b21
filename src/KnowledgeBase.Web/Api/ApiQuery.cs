using System.Globalization;
using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Web.Api;

/// <summary>Checks of the values requests give, each failing with the problem that names the parameter.</summary>
internal static class ApiQuery
{
    /// <summary>A language code, or null when none was given; an unknown code is a problem.</summary>
    public static bool TryLanguage(string name, string? value, out string? language, out IResult? problem)
    {
        (language, problem) = (null, null);
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        language = Languages.FromFolderName(value.Trim());
        if (language is null)
        {
            problem = ApiProblems.Invalid(name, $"'{value}' is not a language code; use one of {string.Join(", ", Languages.Supported.Order(StringComparer.Ordinal))}.");
        }

        return problem is null;
    }

    /// <summary>A whole number in <paramref name="min"/>–<paramref name="max"/>, or <paramref name="fallback"/> when none was given.</summary>
    public static bool TryRange(string name, string? value, int min, int max, int fallback, out int number, out IResult? problem)
    {
        (number, problem) = (fallback, null);
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out number) || number < min || number > max)
        {
            problem = OutOfRange(name, min, max);
        }

        return problem is null;
    }

    public static IResult OutOfRange(string name, int min, int max) =>
        ApiProblems.Invalid(name, $"'{name}' must be a whole number from {min} to {max}.");

    /// <summary><c>article</c> or <c>template</c>, or null (both) when none was given.</summary>
    public static bool TryKind(string? value, out DocumentKind? kind, out IResult? problem)
    {
        (kind, problem) = (null, null);
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "":
                break;
            case "article":
                kind = DocumentKind.Article;
                break;
            case "template":
                kind = DocumentKind.Template;
                break;
            default:
                problem = ApiProblems.Invalid("type", $"'type' is article or template, not '{value}'.");
                break;
        }

        return problem is null;
    }
}
