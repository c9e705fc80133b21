using KnowledgeBase.Web.Components;
using KnowledgeBase.Web.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddKnowledgeBase();

var app = builder.Build();
app.UseKnowledgeBase();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();
