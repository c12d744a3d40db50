namespace ChangeTracker.Sources;

/// <summary>
/// What each attempt of one logical request came to, in order ("HTTP 503 Service Unavailable", "timed out",
/// "connection refused"), so that a failure names every reason, not only the last one.
/// </summary>
internal sealed class AttemptLog
{
    private readonly List<string> _outcomes = [];
    private readonly Lock _gate = new();

    public int Count
    {
        get { lock (_gate) return _outcomes.Count; }
    }

    /// <summary>Starts an attempt and returns its number, for <see cref="Record"/>.</summary>
    public int Start()
    {
        lock (_gate)
        {
            _outcomes.Add("no answer");
            return _outcomes.Count - 1;
        }
    }

    public void Record(int attempt, string outcome)
    {
        lock (_gate) _outcomes[attempt] = outcome;
    }

    /// <summary>"1 attempt", "4 attempts: HTTP 500 Internal Server Error ×4", "2 attempts: connection refused; HTTP 503 …".</summary>
    public string Describe()
    {
        List<string> outcomes;
        lock (_gate) outcomes = [.. _outcomes];
        if (outcomes.Count <= 1) return outcomes.Count == 1 ? "1 attempt" : "no attempt";
        var runs = new List<(string Outcome, int Times)>();
        foreach (var outcome in outcomes)
        {
            if (runs.Count > 0 && runs[^1].Outcome == outcome) runs[^1] = (outcome, runs[^1].Times + 1);
            else runs.Add((outcome, 1));
        }
        return $"{outcomes.Count} attempts: " + string.Join("; ", runs.Select(r => r.Times == 1 ? r.Outcome : $"{r.Outcome} ×{r.Times}"));
    }
}
