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

    /// <summary>One line, whatever the message quotes: line breaks become spaces and other control characters (a terminal
    /// escape among them) are shown as \uXXXX, so a typed or scraped value can neither add lines nor drive the terminal.</summary>
    public void Error(string message) => Write("error", OneLine(message));

    public static string OneLine(string message)
    {
        var text = new System.Text.StringBuilder(message.Length);
        foreach (var part in message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (text.Length > 0) text.Append(' ');
            foreach (var c in part)
                text.Append(char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString());
        }
        return text.ToString();
    }

    private void Write(string level, string message)
    {
        lock (error)
            error.WriteLine(Json ? JsonSerializer.Serialize(new { level, message }) : level == "error" ? $"error: {message}" : message);
    }
}
