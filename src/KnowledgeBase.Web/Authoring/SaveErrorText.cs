using KnowledgeBase.Content.Authoring;

namespace KnowledgeBase.Web.Authoring;

/// <summary>What the editor tells a lead whose save failed: what happened, that the text is safe, and what to do.</summary>
public static class SaveErrorText
{
    public static string For(ContentWriteException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Problem switch
        {
            WriteProblem.DiskFull =>
                "Nothing was saved: the disk is full (the server's disk that holds the content folder has no space left). Your text is still here and this browser keeps a copy. " +
                "Ask your administrator to free some space, then press Save again.",
            WriteProblem.AccessDenied =>
                "Nothing was saved: the app is not allowed to write this file (permissions or a read-only disk). Your text is still here and this browser keeps a copy. " +
                "Ask your administrator to check the content folder, then press Save again.",
            WriteProblem.SharedStoreUnavailable =>
                "Nothing was saved: the database every server of this knowledge base shares did not answer. Your text is still here and this browser keeps a copy. " +
                "Press Save again in a moment; if it keeps failing, copy your text and tell your administrator.",
            _ =>
                $"Nothing was saved: the server could not write the file ({exception.InnerException?.Message ?? "input/output error"}). " +
                "Your text is still here and this browser keeps a copy. Press Save again; if it keeps failing, copy your text and tell your administrator.",
        };
    }
}
