namespace KnowledgeBase.Web.Api.Contract;

/// <summary>What templates print for <c>agent.name</c>, <c>agent.email</c> and <c>agent.signature</c>; a value left out uses the user's own.</summary>
public sealed record AgentBody(string? Name, string? Email, string? Signature);
