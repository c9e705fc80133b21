using System.Globalization;
using System.Text;

namespace KnowledgeBase.Benchmarks.ClusterLoad;

/// <summary>
/// Whether a render batch carries a given string, without parsing the batch. Blazor's
/// RenderBatchWriter puts every string of the batch (attribute values such as the results panel's
/// <c>data-searched="…"</c> among them) into the batch's string table with
/// <see cref="BinaryWriter.Write(string)"/>: a 7-bit encoded byte length, then UTF-8. A sequence
/// number of 7 or more digits written that way is a byte pattern nothing else in a batch makes by
/// chance, so finding it means the batch shows results for that change.
/// </summary>
internal static class RenderBatchScan
{
    /// <summary>The bytes BinaryWriter writes for <paramref name="number"/> as a decimal string.</summary>
    public static byte[] Needle(long number)
    {
        var text = number.ToString(CultureInfo.InvariantCulture);
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(text);
        }

        return buffer.ToArray();
    }

    public static bool Contains(ReadOnlySpan<byte> batch, ReadOnlySpan<byte> needle) => batch.IndexOf(needle) >= 0;
}
