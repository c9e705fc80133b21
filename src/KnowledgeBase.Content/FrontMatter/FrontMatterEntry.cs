using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Content.FrontMatter;

/// <summary>One front matter key with its value node and the file line the key is on.</summary>
internal sealed record FrontMatterEntry(string Key, YamlNode Value, int Line);
