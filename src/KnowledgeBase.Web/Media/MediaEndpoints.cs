using KnowledgeBase.Application.Authoring;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Media;
using KnowledgeBase.Web.Authoring;
using KnowledgeBase.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace KnowledgeBase.Web.Media;

/// <summary>
/// Files attached to SOPs: <c>POST /media?document=…&amp;name=…</c> stores one (team leads, with
/// the page's antiforgery token, the file as the request body), <c>GET /media/{lang}/{file}</c>
/// serves one to signed-in users only.
/// </summary>
public static class MediaEndpoints
{
    /// <summary>The header the editor sends the antiforgery token in (ASP.NET Core's default).</summary>
    public const string TokenHeader = "RequestVerificationToken";

    /// <summary>True for a request for an attached file (it gets <see cref="Headers.SecurityHeadersOptions.MediaContentSecurityPolicy"/>).</summary>
    public static bool IsMediaPath(PathString path) => path.StartsWithSegments("/media", StringComparison.Ordinal);

    public static IEndpointRouteBuilder MapKnowledgeBaseMedia(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/media", UploadAsync).RequireAuthorization(Policies.Lead);

        // Anonymous at the routing level only so the refusal can fit the request (see Serve).
        endpoints.MapGet("/media/{**path}", Serve).AllowAnonymous();
        return endpoints;
    }

    /// <summary>
    /// Stores the request body as a file attached to <paramref name="document"/> and answers with the
    /// Markdown to insert (<c>{ markdown, url, path, message }</c>), or with a status and a
    /// <c>message</c> the editor shows: 413 too large, 415 not an accepted type (SVG included),
    /// 422 damaged, 507 disk full, 400 no document or no valid antiforgery token.
    /// </summary>
    internal static async Task<IResult> UploadAsync(HttpContext context, string? document, string? name, MediaAttachments attachments, IAntiforgery antiforgery)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return Refusal(StatusCodes.Status400BadRequest, "Not attached: the page is out of date. Reload it and attach the file again.");
        }

        var max = attachments.MaxFileBytes;
        if (context.Request.ContentLength > max)
        {
            return Answer(attachments.TooLarge());
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = max + 1;
        }

        byte[] bytes;
        try
        {
            bytes = await ReadAtMostAsync(context.Request.Body, max + 1, context.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Answer(attachments.TooLarge());
        }

        if (bytes.Length > max)
        {
            return Answer(attachments.TooLarge());
        }

        return Answer(attachments.Attach(bytes, name, document ?? "", AuthorClaims.ToAuthor(context.User)));
    }

    /// <summary>
    /// The file, to signed-in users: an image inline, a PDF as a download, with its type read from
    /// its bytes (a file that is not what its name says is never served), private caching with an
    /// ETag, and (from the headers middleware) a policy that lets it run nothing. Signed out, a page
    /// request (the address typed or followed) goes to sign-in and back; anything else (an image in a
    /// page, a script's request) gets 401.
    /// </summary>
    internal static IResult Serve(string path, HttpContext context, KnowledgeBasePaths paths)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return IsPageRequest(context.Request) ? Results.Challenge() : Results.Unauthorized();
        }

        if (MediaPaths.Resolve(paths.ContentRoot, MediaPaths.Folder + "/" + path, out _) is not { } resolved || !File.Exists(resolved.FullPath))
        {
            return Results.NotFound();
        }

        var type = TypeOf(resolved.FullPath);
        if (type is null || type != MediaType.FromExtension(Path.GetExtension(resolved.FullPath)))
        {
            return Results.NotFound();
        }

        var file = new FileInfo(resolved.FullPath);
        var headers = context.Response.Headers;
        headers.CacheControl = "private, no-cache";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        var modified = new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero);
        var tag = new EntityTagHeaderValue($"\"{file.Length:x}-{modified.UtcTicks:x}\"");
        if (type.IsImage)
        {
            headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = file.Name }.ToString();
            return TypedResults.PhysicalFile(file.FullName, type.ContentType, lastModified: modified, entityTag: tag, enableRangeProcessing: true);
        }

        // A PDF opened in the browser runs in its viewer with this site's address; downloaded, it opens in the reader.
        return TypedResults.PhysicalFile(file.FullName, type.ContentType, fileDownloadName: file.Name, lastModified: modified, entityTag: tag, enableRangeProcessing: true);
    }

    private static MediaType? TypeOf(string fullPath)
    {
        Span<byte> head = stackalloc byte[MediaSniffer.HeaderLength];
        using var stream = File.OpenRead(fullPath);
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return MediaSniffer.Detect(head[..read]);
    }

    private static bool IsPageRequest(HttpRequest request) =>
        request.Headers["Sec-Fetch-Mode"] is [var mode] ? mode == "navigate"
            : request.Headers.Accept.Any(accept => accept?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    private static async Task<byte[]> ReadAtMostAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = await body.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static IResult Answer(MediaAttachResult result) => result.IsStored
        ? TypedResults.Ok(new MediaAnswer(result.Message, result.Markdown, result.Url, result.RelativePath, result.AlreadyStored))
        : Refusal(StatusFor(result.Refusal), result.Message);

    private static IResult Refusal(int status, string message) => TypedResults.Json(new MediaAnswer(message), statusCode: status);

    private static int StatusFor(MediaRefusal refusal) => refusal switch
    {
        MediaRefusal.TooLarge => StatusCodes.Status413PayloadTooLarge,
        MediaRefusal.UnsupportedType or MediaRefusal.Svg => StatusCodes.Status415UnsupportedMediaType,
        MediaRefusal.Damaged => StatusCodes.Status422UnprocessableEntity,
        MediaRefusal.DiskFull => StatusCodes.Status507InsufficientStorage,
        MediaRefusal.NotWritable or MediaRefusal.WriteFailed => StatusCodes.Status500InternalServerError,
        _ => StatusCodes.Status400BadRequest,
    };
}
