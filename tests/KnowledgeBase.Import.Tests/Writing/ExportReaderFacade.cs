using System.Text;
using KnowledgeBase.Import.HelpDesks;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Import.Tests.Writing;

/// <summary>Reads small exports written inline in a test.</summary>
internal sealed class ExportReaderFacade
{
    private readonly ExportReader _reader = new(Options.Create(new ImportOptions()));

    public HelpDeskExport Chatwoot(string json) => Read(HelpDesk.Chatwoot, json);

    public HelpDeskExport Read(HelpDesk helpDesk, string json) => _reader.Read(helpDesk, new MemoryStream(Encoding.UTF8.GetBytes(json)));
}
