using System.Buffers;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Search.Snippets;

/// <summary>
/// Keeps the branches of a template's <c>{% if %}</c>, <c>{% unless %}</c> and <c>{% case %}</c>
/// apart in its readable text, so a snippet can show what one rendering would say instead of
/// "Your kettle order is packed.Your kettle is packed." The index text carries a control character
/// where each such tag stood (the tokenizer breaks on it and indexes nothing for it, so matching and
/// scoring see the same words as before); a snippet is then cut from one <see cref="Variants"/>.
/// </summary>
internal static partial class TemplateBranches
{
    /// <summary><c>{% if %}</c> / <c>{% unless %}</c>: the first branch starts here.</summary>
    public const char Open = '\u001D';

    /// <summary><c>{% case %}</c>: what stands before the first <c>when</c> is never rendered.</summary>
    public const char OpenCase = '\u001C';

    /// <summary><c>{% elsif %}</c>, <c>{% else %}</c>, <c>{% when %}</c>: the next branch starts here.</summary>
    public const char Next = '\u001F';

    /// <summary><c>{% endif %}</c>, <c>{% endunless %}</c>, <c>{% endcase %}</c>.</summary>
    public const char Close = '\u001E';

    /// <summary>More variants than this and the rest show as the last one (a snippet only needs a good one).</summary>
    private const int MaxVariants = 8;

    private static readonly SearchValues<char> Markers = SearchValues.Create([Open, OpenCase, Next, Close]);

    /// <summary>The marker that stands for a Liquid tag (<c>{% … %}</c>), or an empty string for a tag that does not branch.</summary>
    public static string Marker(string tag) => TagName().Match(tag).Groups[1].Value switch
    {
        "if" or "unless" => Open.ToString(),
        "case" => OpenCase.ToString(),
        "elsif" or "else" or "when" => Next.ToString(),
        "endif" or "endunless" or "endcase" => Close.ToString(),
        _ => string.Empty,
    };

    public static bool HasBranches(string text) => text.AsSpan().IndexOfAny(Markers) >= 0;

    /// <summary>
    /// Each rendering worth showing, as ranges of the text: variant k takes the k-th branch of every
    /// block (or its last branch when it has fewer), so a template with one if/else has two variants
    /// and text outside the blocks is in all of them. Marker characters are in no range.
    /// </summary>
    public static List<List<Range>> Variants(string text)
    {
        var root = Parse(text);
        var count = Math.Clamp(root.MostBranches(), 1, MaxVariants);
        var variants = new List<List<Range>>(count);
        for (var k = 0; k < count; k++)
        {
            var ranges = new List<Range>();
            root.Collect(k, ranges);
            variants.Add(ranges);
        }

        return variants;
    }

    /// <summary>A tree of text runs and blocks; unbalanced markers (a broken template) are tolerated.</summary>
    private static Sequence Parse(string text)
    {
        var root = new Sequence();
        var stack = new Stack<(Block Block, Sequence Parent)>();
        var current = root;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\0';
            if (i < text.Length && !Markers.Contains(c))
            {
                continue;
            }

            if (i > start)
            {
                current.Items.Add(new Run(start..i));
            }

            start = i + 1;
            switch (c)
            {
                case Open or OpenCase:
                    var block = new Block { SkipsLead = c == OpenCase };
                    current.Items.Add(block);
                    stack.Push((block, current));
                    current = new Sequence();
                    block.Branches.Add(current);
                    break;
                case Next when stack.Count > 0:
                    current = new Sequence();
                    stack.Peek().Block.Branches.Add(current);
                    break;
                case Close when stack.Count > 0:
                    current = stack.Pop().Parent;
                    break;
            }
        }

        return root;
    }

    private abstract class Item
    {
        public abstract int MostBranches();

        public abstract void Collect(int variant, List<Range> ranges);
    }

    private sealed class Run(Range range) : Item
    {
        public override int MostBranches() => 1;

        public override void Collect(int variant, List<Range> ranges) => ranges.Add(range);
    }

    private sealed class Sequence : Item
    {
        public List<Item> Items { get; } = [];

        public override int MostBranches() => Items.Count == 0 ? 1 : Items.Max(i => i.MostBranches());

        public override void Collect(int variant, List<Range> ranges)
        {
            foreach (var item in Items)
            {
                item.Collect(variant, ranges);
            }
        }
    }

    private sealed class Block : Item
    {
        public bool SkipsLead { get; init; }

        public List<Sequence> Branches { get; } = [];

        private IEnumerable<Sequence> Shown => SkipsLead && Branches.Count > 1 ? Branches.Skip(1) : Branches;

        public override int MostBranches() => Math.Max(Shown.Count(), Shown.Max(b => b.MostBranches()));

        public override void Collect(int variant, List<Range> ranges)
        {
            var shown = Shown.ToList();
            shown[Math.Min(variant, shown.Count - 1)].Collect(variant, ranges);
        }
    }

    [GeneratedRegex(@"^\{%-?\s*([a-z]+)")]
    private static partial Regex TagName();
}
