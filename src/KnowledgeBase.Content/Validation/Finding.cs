namespace KnowledgeBase.Content.Validation;

/// <summary>Something wrong (error) or worth a look (warning) in one content file.</summary>
/// <param name="Path">File path relative to the content root, forward slashes.</param>
/// <param name="Line">1-based line; 1 when the finding is about the whole file.</param>
/// <param name="Code">Stable machine-readable kind, e.g. <c>yaml</c>, <c>missing-title</c>.</param>
public sealed record Finding(string Path, int Line, FindingSeverity Severity, string Code, string Message)
{
    public static Finding Error(string path, int line, string code, string message) =>
        new(path, line, FindingSeverity.Error, code, message);

    public static Finding Warning(string path, int line, string code, string message) =>
        new(path, line, FindingSeverity.Warning, code, message);

    /// <summary>The <c>path:line: severity: message</c> form compilers and editors understand.</summary>
    public string Format(string displayPath) =>
        $"{displayPath}:{Line}: {(Severity == FindingSeverity.Error ? "error" : "warning")}: {Message}";

    public override string ToString() => Format(Path);
}
