using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Api;

/// <summary>
/// Reads a JSON request body within <see cref="ApiOptions.MaxRequestBodyBytes"/>, with an answer
/// for every way it can be wrong: not JSON (415), too big (413), empty, malformed or of the wrong
/// shape (400, saying where). Read here rather than by parameter binding, whose refusals carry no
/// explanation and differ between development and production.
/// </summary>
internal static class ApiJsonBody
{
    public static async Task<(T? Body, IResult? Problem)> ReadAsync<T>(HttpContext context)
        where T : class
    {
        var request = context.Request;
        var limit = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.MaxRequestBodyBytes;
        if (!request.HasJsonContentType())
        {
            return (null, NotJson());
        }

        if (request.ContentLength > limit)
        {
            return (null, TooLarge(limit));
        }

        var bytes = await ReadUpToAsync(request.Body, limit + 1, context.RequestAborted);
        if (bytes.Length > limit)
        {
            return (null, TooLarge(limit));
        }

        if (bytes.Length == 0)
        {
            return (null, ApiProblems.Invalid("body", "The body is empty: send a JSON object."));
        }

        var json = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            return JsonSerializer.Deserialize<T>(bytes, json) is { } body
                ? (body, null)
                : (null, ApiProblems.Invalid("body", "The body is null: send a JSON object."));
        }
        catch (JsonException e)
        {
            var name = e.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body";
            var line = e.LineNumber is { } number ? $" (line {number + 1}, byte {e.BytePositionInLine + 1})" : string.Empty;

            // The serializer's own message names .NET types; say it in the API's terms instead.
            return e.Message.Contains("could not be converted", StringComparison.Ordinal)
                ? (null, ApiProblems.Invalid(name, $"'{name}' has the wrong type{line}: see the API reference (/openapi/v1.json) for what it takes."))
                : (null, ApiProblems.Invalid("body", $"The body is not valid JSON{line}."));
        }
    }

    public static IResult NotJson() => ApiProblems.Status(StatusCodes.Status415UnsupportedMediaType, "The body must be JSON",
        "Send the body as JSON with 'Content-Type: application/json'.");

    private static IResult TooLarge(int limit) =>
        ApiProblems.Status(StatusCodes.Status413PayloadTooLarge, "The body is too large", $"A request body may have at most {limit} bytes.");

    // Stops reading at the limit: a huge body costs at most that much memory.
    private static async Task<byte[]> ReadUpToAsync(Stream body, int max, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(max, 16 * 1024));
        try
        {
            using var collected = new MemoryStream();
            int read;
            while (collected.Length < max && (read = await body.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, max - collected.Length)), cancellationToken)) > 0)
            {
                collected.Write(buffer, 0, read);
            }

            return collected.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
