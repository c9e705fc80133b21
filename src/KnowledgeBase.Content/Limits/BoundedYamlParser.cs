using System.Globalization;
using KnowledgeBase.Content.FrontMatter;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KnowledgeBase.Content.Limits;

/// <summary>
/// Passes YamlDotNet's parsing events through to the representation model and stops the moment
/// the YAML leaves its bounds, before any node is built from the offending event:
/// <list type="bullet">
/// <item>Anchors and aliases are refused outright. Nothing in real content uses them, and an alias
/// is what makes a 400-byte "billion laughs" expand to gigabytes once the nodes are walked.</item>
/// <item>Nesting is bounded, because the representation model recurses once per level: 10,000
/// nested <c>{</c> overflow the stack, which no <c>catch</c> can stop.</item>
/// <item>The number of values is bounded, so memory is too.</item>
/// </list>
/// </summary>
internal sealed class BoundedYamlParser(IParser inner, YamlLimits limits, string what, int lineOffset) : IParser
{
    private const string AnchorAdvice = "content files may not use anchors or aliases (&name, *name, <<: *name); write the value out where it is used";

    private int _depth;
    private int _nodes;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        var current = inner.Current!;
        if (current is AnchorAlias alias)
        {
            throw Refuse(alias, LimitCodes.YamlAnchor, $"YAML alias '*{alias.Value.Value}' in {what} is not allowed: {AnchorAdvice}");
        }

        if (current is NodeEvent node)
        {
            if (!node.Anchor.IsEmpty)
            {
                throw Refuse(node, LimitCodes.YamlAnchor, $"YAML anchor '&{node.Anchor.Value}' in {what} is not allowed: {AnchorAdvice}");
            }

            if (++_nodes > limits.MaxNodes)
            {
                throw Refuse(node, LimitCodes.YamlLimit, $"{what} has more than {limits.MaxNodes.ToString("N0", CultureInfo.InvariantCulture)} values ({YamlLimits.Setting(nameof(ContentLimitsOptions.MaxYamlNodes))})");
            }
        }

        if (current is SequenceStart or MappingStart && ++_depth > limits.MaxDepth)
        {
            throw Refuse(current, LimitCodes.YamlLimit, $"{what} is nested more than {limits.MaxDepth} levels deep ({YamlLimits.Setting(nameof(ContentLimitsOptions.MaxYamlDepth))})");
        }

        if (current is SequenceEnd or MappingEnd)
        {
            _depth--;
        }

        return true;
    }

    private FrontMatterException Refuse(ParsingEvent at, string code, string message) =>
        new(message, (int)at.Start.Line + lineOffset, code);
}
