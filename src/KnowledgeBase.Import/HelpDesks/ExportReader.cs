using System.Text.Json;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Import.HelpDesks;

/// <summary>
/// Reads an export file within <see cref="ImportOptions"/>: its size is checked before it is read,
/// JSON nesting is bounded, and a file that is not JSON, or not the shape the help desk's API
/// returns, is one clear <see cref="ExportReadException"/>. Entries that cannot be read are
/// listed in the export's problems, and the rest is read.
/// </summary>
public sealed class ExportReader(IOptions<ImportOptions> options)
{
    private readonly ImportOptions _options = options.Value;

    public HelpDeskExport ReadFile(HelpDesk helpDesk, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        FileInfo file;
        try
        {
            file = new FileInfo(path);
            if (!file.Exists)
            {
                throw new ExportReadException($"no such file: {path}");
            }
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or UnauthorizedAccessException or PathTooLongException)
        {
            throw new ExportReadException($"cannot read {path}: {ex.Message}", ex);
        }

        CheckSize(file.Length);
        try
        {
            using var stream = file.OpenRead();
            return Read(helpDesk, stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ExportReadException($"cannot read {path}: {ex.Message}", ex);
        }
    }

    /// <summary>Reads at most <see cref="ImportOptions.MaxFileBytes"/> from <paramref name="stream"/>; more is refused, not cut.</summary>
    public HelpDeskExport Read(HelpDesk helpDesk, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = ReadBounded(stream);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions
            {
                MaxDepth = _options.MaxJsonDepth,
                CommentHandling = JsonCommentHandling.Skip,
            });
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, position {ex.BytePositionInLine + 1}" : string.Empty;
            throw new ExportReadException($"the file is not valid JSON{where}: {FirstSentence(ex.Message)}", ex);
        }

        using (document)
        {
            var export = helpDesk switch
            {
                HelpDesk.Zendesk => ZendeskMacros.Read(document.RootElement),
                HelpDesk.Freshdesk => FreshdeskCannedResponses.Read(document.RootElement),
                HelpDesk.Zammad => ZammadTextModules.Read(document.RootElement),
                HelpDesk.Chatwoot => ChatwootCannedResponses.Read(document.RootElement),
                _ => throw new ArgumentOutOfRangeException(nameof(helpDesk)),
            };
            var count = export.Items.Count + export.Problems.Count;
            if (count > _options.MaxItems)
            {
                throw new ExportReadException($"the export holds {count} items; at most {_options.MaxItems} are imported at once (KnowledgeBase:Import:MaxItems): split it");
            }

            return export;
        }
    }

    private void CheckSize(long size)
    {
        if (size > _options.MaxFileBytes)
        {
            throw new ExportReadException(
                $"the export is {Sizes.Format(size)}; at most {Sizes.Format(_options.MaxFileBytes)} is read (KnowledgeBase:Import:MaxFileBytes): split it");
        }
    }

    private byte[] ReadBounded(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            CheckSize(buffer.Length);
        }

        return buffer.ToArray();
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
