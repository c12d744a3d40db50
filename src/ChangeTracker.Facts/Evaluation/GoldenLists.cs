using System.Text.Json;

namespace ChangeTracker.Facts.Evaluation;

/// <summary>Reads a folder of golden-list files (go1.json … go1.27.json) with a clear error naming a bad file.</summary>
public static class GoldenLists
{
    public static IReadOnlyList<GoldenPage> Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"golden lists: folder '{folder}' does not exist");
        var pages = new List<GoldenPage>();
        foreach (var file in Directory.EnumerateFiles(folder, "go1*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                var page = JsonSerializer.Deserialize<GoldenPage>(File.ReadAllText(file))
                    ?? throw new JsonException("the file holds null");
                foreach (var entry in page.Facts) _ = entry.FactKind;
                pages.Add(page);
            }
            catch (Exception ex) when (ex is JsonException or FormatException)
            {
                throw new InvalidDataException($"golden lists: {file}: {ex.Message}", ex);
            }
        }
        if (pages.Count == 0) throw new InvalidDataException($"golden lists: no go1*.json files in '{folder}'");
        return pages;
    }
}
