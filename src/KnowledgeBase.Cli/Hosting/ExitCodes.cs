namespace KnowledgeBase.Cli.Hosting;

/// <summary>What <c>kb</c> exits with.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command ran and found problems (validation errors).</summary>
    public const int Findings = 1;

    /// <summary>The request cannot be served: unknown id, missing folder, missing required field.</summary>
    public const int NotFound = 2;

    /// <summary>
    /// <c>kb lint</c> cannot check the text: no language, no phrasebook for it, no text. Its parse
    /// errors exit with this too, since 1 means "found phrases" there.
    /// </summary>
    public const int Usage = 2;
}
