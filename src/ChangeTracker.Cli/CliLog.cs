using System.Text.Json;

namespace ChangeTracker.Cli;

/// <summary>
/// What the CLI tells the person (or script) running it, on standard error: progress and notes (left out with
/// --quiet) and errors; with --json-logs every line is a JSON object ({"level", "message"}). Data goes to standard output.
/// </summary>
public sealed class CliLog(TextWriter error)
{
    public bool Quiet { get; set; }
    public bool Json { get; set; }

    public void Info(string message)
    {
        if (!Quiet) Write("info", message);
    }

    public void Error(string message) => Write("error", message);

    private void Write(string level, string message)
    {
        lock (error)
            error.WriteLine(Json ? JsonSerializer.Serialize(new { level, message }) : level == "error" ? $"error: {message}" : message);
    }
}
