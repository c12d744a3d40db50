using System.Collections;

namespace ChangeTracker.Domain.Facts;

/// <summary>
/// The exported identifiers a fact names, package-qualified ("syscall.Syscall18", "crypto/tls.Config.MinVersion"),
/// distinct and in the order the notes name them. Compared by content, so facts stay value-equal.
/// </summary>
public sealed class Symbols : IReadOnlyList<string>, IEquatable<Symbols>
{
    private readonly string[] _items;

    public static Symbols None { get; } = new([]);

    public Symbols(IEnumerable<string> items) => _items = items.Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Reads the stored form: identifiers separated by spaces.</summary>
    public static Symbols Parse(string? stored) =>
        string.IsNullOrWhiteSpace(stored) ? None : new Symbols(stored.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The stored form: identifiers separated by spaces (identifiers never hold one).</summary>
    public override string ToString() => string.Join(' ', _items);

    public string this[int index] => _items[index];
    public int Count => _items.Length;
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_items).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(Symbols? other) => other is not null && _items.AsSpan().SequenceEqual(other._items);
    public override bool Equals(object? obj) => Equals(obj as Symbols);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items) hash.Add(item, StringComparer.Ordinal);
        return hash.ToHashCode();
    }
}
