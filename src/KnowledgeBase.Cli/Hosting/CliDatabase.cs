using KnowledgeBase.Storage;
using KnowledgeBase.Storage.Accounts;

namespace KnowledgeBase.Cli.Hosting;

/// <summary>Runs a command against the data folder's database, with the same answers when it cannot be opened.</summary>
internal static class CliDatabase
{
    /// <param name="inAppAlternative">What to do in the running app instead, for the "in use" message ("add users on /admin/users in the app").</param>
    public static int Use(CliConsole console, string file, string inAppAlternative, Func<KnowledgeBaseDatabase, int> action)
    {
        KnowledgeBaseDatabase database;
        try
        {
            database = KnowledgeBaseDatabase.Open(file);
        }
        catch (DatabaseInUseException)
        {
            // Two processes writing one LiteDB file would corrupt it; the web app holds it while it runs.
            console.Error.WriteLine($"error: the database {console.Display(file)} is in use, probably by the running web app: stop the app and try again, or {inAppAlternative}");
            return ExitCodes.NotFound;
        }
        catch (DatabaseUnavailableException e)
        {
            // Read-only folder, damaged file, I/O error: the message names the cause and the way out.
            console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.NotFound;
        }

        using (database)
        {
            try
            {
                return action(database);
            }
            catch (AccountException e)
            {
                console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.NotFound;
            }
        }
    }
}
