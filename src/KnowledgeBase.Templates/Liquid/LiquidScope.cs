using Fluid;
using Fluid.Values;

namespace KnowledgeBase.Templates.Liquid;

/// <summary>
/// The values one render hands the template, stored under dotted paths (<c>order.id</c>) as the
/// nested objects Liquid looks them up in. Values are data (text, numbers, nothing, or a gap marker), never markup.
/// </summary>
internal sealed class LiquidScope
{
    private readonly Dictionary<string, object?> _root = new(StringComparer.Ordinal);

    /// <summary>Stores <paramref name="value"/> (a string, a decimal, or null for "nothing") under <paramref name="path"/>.</summary>
    public void Set(string path, object? value)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (value is not (null or string or decimal))
        {
            throw new ArgumentException($"A template value is text, a number or nothing, not {value.GetType().Name}.", nameof(value));
        }

        Store(path, value);
    }

    /// <summary>Stores a <c>⟦label⟧</c> marker where a value is still missing or wrong (see <see cref="GapValue"/>).</summary>
    public void SetGap(string path, string marker)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentException.ThrowIfNullOrEmpty(marker);
        Store(path, new GapValue(marker));
    }

    private void Store(string path, object? value)
    {
        var parts = path.Split('.');
        var node = _root;
        foreach (var part in parts[..^1])
        {
            if (!node.TryGetValue(part, out var child) || child is not Dictionary<string, object?> nested)
            {
                nested = new Dictionary<string, object?>(StringComparer.Ordinal);
                node[part] = nested;
            }

            node = nested;
        }

        // A value never replaces an object other fields live in (order.id and order.id.check both declared).
        if (!node.TryGetValue(parts[^1], out var existing) || existing is not Dictionary<string, object?>)
        {
            node[parts[^1]] = value;
        }
    }

    /// <summary>Puts every top-level name into <paramref name="context"/> as Fluid values.</summary>
    public void ApplyTo(TemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (name, value) in _root)
        {
            context.SetValue(name, ToFluid(value));
        }
    }

    private static FluidValue ToFluid(object? value) => value switch
    {
        null => NilValue.Instance,
        string text => StringValue.Create(text),
        GapValue gap => gap,

        // NumberValue, not a type of our own: Fluid's comparisons and arithmetic only accept it.
        decimal number => NumberValue.Create(number),
        Dictionary<string, object?> nested => DictionaryValue.Create(new FluidValueDictionaryFluidIndexable(
            nested.ToDictionary(pair => pair.Key, pair => ToFluid(pair.Value), StringComparer.Ordinal))),
        _ => throw new InvalidOperationException($"Unexpected template value {value.GetType().Name}."),
    };
}
