namespace KnowledgeBase.Web.Api;

/// <summary>The API's error answers, all RFC 9457 problem details (<c>application/problem+json</c>).</summary>
internal static class ApiProblems
{
    /// <summary>400 naming the parameter or body property that is wrong.</summary>
    public static IResult Invalid(string name, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [name] = [message] }, detail: message, title: "The request is not valid");

    public static IResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult Status(int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title);
}
