namespace ChangeTracker.Facts.Rules;

/// <summary>Wordings the port, OS and removal tables share for statements about a later release.</summary>
public static class ForwardWordings
{
    /// <summary>"Go 1.40 is / will be / is expected to be / may be the last release …" (the hedged forms are tentative).</summary>
    public const string IsTheLast = @"(?:is|will be|will likely be|will probably be|is likely(?: to be)?|is probably|is expected to be|may be|might be) the (?:last|final)";

    /// <summary>A hedged plan: "We are considering dropping support for X in Go 1.41" (tentative until a later page does it).</summary>
    public const string ConsideringDropping =
        @"\b(?:considering|consider|plan(?:s|ning)? (?:on|to)|intend(?:s|ing)? to|expect(?:s|ing)? to) (?:drop(?:ping)?|remov(?:e|ing)|end(?:ing)?) support for\b(?:[^.;]*?\bin Go (?<v>1\.\d+))?";
}
