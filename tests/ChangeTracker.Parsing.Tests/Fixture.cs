namespace ChangeTracker.Parsing.Tests;

/// <summary>Reads the hand-written fixtures copied next to the test assembly.</summary>
internal static class Fixture
{
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
