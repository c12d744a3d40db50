using ChangeTracker.Domain.Facts;
using ChangeTracker.Domain.Notes;
using Xunit;

namespace ChangeTracker.Facts.Tests.Rules;

/// <summary>Behaviour changes, recognised by how the notes word them; every rule has a sentence of our own.</summary>
public sealed class BehaviorRuleTests
{
    private static IReadOnlyList<Fact> Facts(string text, string component = "net/frob") =>
        TestNotes.Facts("1.40", component, NotesCategory.MinorLibraryChanges, text, component);

    /// <summary>The text, worded like a change, yields no behaviour change (each theory below says why).</summary>
    private static void NoBehaviourChangeIn(string text) =>
        Assert.DoesNotContain(Facts(text), f => f.Kind == FactKind.BehaviorChange);

    /// <summary>A behaviour rule reads the text as a change, and a filter says why it is none (so the test can fail).</summary>
    private static void WordedLikeAChangeButNone(string text)
    {
        var clauses = ChangeTracker.Facts.Text.Sentences.Split(text).SelectMany(s => s.Split("; "));
        Assert.Contains(ChangeTracker.Facts.Rules.BehaviorRules.Table, r => clauses.Any(r.Pattern.IsMatch));
        NoBehaviourChangeIn(text);
    }

    [Theory]
    [InlineData("behavior-now-verb", "The Dial function now rejects addresses with a trailing dot.")]
    [InlineData("behavior-now-acts", "frob.Shuffle now reseeds its source on every call.")]
    [InlineData("behavior-now-acts", "The frob tool now renames the output file when one of that name exists.")]
    [InlineData("behavior-now-acts", "frob.Context now cancels with a cause naming the deadline.")]
    [InlineData("behavior-is-now-handled", "Frob headers are now reordered to follow the order of the request.")]
    [InlineData("behavior-is-now-handled", "Frob values are now clamped to the range of the destination type.")]
    [InlineData("behavior-no-longer", "The Reader no longer returns an error for empty input.")]
    [InlineData("behavior-default-changed", "The -blipmode=fast setting is now the default.")]
    [InlineData("behavior-existing-code-affected", "Frobtrace files written by this release cannot be read by the go frob tool from Go 1.39 and earlier.")]
    [InlineData("behavior-programs-observe", "Programs that relied on the previous iteration order of gloop.Swatch entries will observe a different order.")]
    [InlineData("behavior-unlike-before", "The archive/frobzip reader refuses FROB-9 entries that it used to decode.")]
    [InlineData("behavior-unlike-before", "kvell.Cursor.Load converts NULL values to the zero value of the destination type, which previously caused an error.")]
    [InlineData("behavior-corrected", "crumb.Mash64 produces different values for inputs longer than 4 KiB because a bug in block chaining was fixed.")]
    [InlineData("behavior-programs-observe", "blat.MakeKey draws from a different random source, so keys generated with a fixed seed differ from those produced by earlier releases.")]
    [InlineData("behavior-corrected", "squish.Unsquisher was fixed to report an error on trailing garbage after the final block.")]
    [InlineData("behavior-now-acts", "tumble.Latch.Fire now re-panics with the same value on subsequent calls if the first call panicked.")]
    [InlineData("behavior-changed", "crumb.NewMash32 is now seeded differently in each process, so hash values are no longer stable across runs.")]
    [InlineData("behavior-relative-subject", "A -frobflag option that appears after the package name in go frob spin is now passed through to the program instead of being interpreted by the go frob command.")]
    [InlineData("behavior-is-now-handled", "Hostnames passed to frob.Connect are now converted to lowercase before resolution.")]
    [InlineData("behavior-now-acts", "yelp.SetStyle(0) now suppresses the prefix as well as the timestamp.")]
    [InlineData("behavior-existing-code-affected", "crumb.Mash returns a 32-byte digest; the previous 16-byte result is available from crumb.Mash128.")]
    [InlineData("behavior-is-now-handled", "Identifiers in zap documents are now Unicode-normalized before comparison.")]
    [InlineData("behavior-value-changed", "The default buffer size of squish.Unsquisher has grown from 4 KiB to 64 KiB, which affects how much input it may consume beyond the end of a stream.")]
    [InlineData("behavior-unlike-before", "The go frob command interprets GOFROB=off as disabling frob mode entirely, where it previously meant \"auto\".")]
    [InlineData("behavior-now-forbidden", "Integer overflow when decoding numeric zap fields is now reported as an error instead of wrapping around.")]
    [InlineData("behavior-now-acts", "tumble.Signal.WakeAll now wakes waiters in FIFO order.")]
    [InlineData("behavior-now-qualified", "The go frob report command now opens a browser only when standard output is a terminal.")]
    [InlineData("behavior-now-acts", "frob.DirHost now redirects requests for index.frob to the containing directory.")]
    [InlineData("behavior-is-now-handled", "Environment variables prefixed with FROB_ are now inherited by programs started with go frob spin only when listed in FROB_PASSENV.")]
    [InlineData("behavior-programs-observe", "wibble.Accumulator now grows its buffer geometrically, so Room reports larger values after Reserve.")]
    [InlineData("behavior-may-break", "tumble.Gate.TryClose may now fail spuriously even when the gate is open.")]
    [InlineData("behavior-value-changed", "Default permissions for files created by glom.Spill are 0644 instead of 0666.")]
    [InlineData("behavior-now-qualified", "kvell.MaybeText now scans the empty string as a valid value, not as NULL.")]
    [InlineData("behavior-now-verb", "The compiler and linker now generate debug information using DWARF version 9.")]
    [InlineData("behavior-default-changed", "Keep-alive probes are now sent by default every 20 seconds.")]
    [InlineData("behavior-now-error", "A negative timeout is now an error.")]
    [InlineData("behavior-changed", "The format of the trace output has changed.")]
    [InlineData("behavior-instead", "Parse returns an error instead of silently ignoring bad input.")]
    [InlineData("behavior-may-break", "Programs that depend on the old ordering may break.")]
    [InlineData("behavior-corrected", "Rounding of halfway cases in Frob has been corrected to match the IEEE rules.")]
    [InlineData("behavior-corrected", "The value of the FrobMax constant is corrected, from 7 to 8.")]
    [InlineData("behavior-corrected", "The functions of the frob package were updated to conform to the IEEE rules for infinities.")]
    [InlineData("behavior-will-now-be", "Files named *_frob.go will now be skipped by the build unless GOOS is frob.")]
    [InlineData("behavior-will-now-be", "When a frob header is present, the body will now be discarded.")]
    [InlineData("behavior-is-now-handled", "The result of the Lookup function is now cached between calls.")]
    [InlineData("behavior-is-now-handled", "If both fields are set, the request is now explicitly disallowed.")]
    [InlineData("behavior-now-acts", "go frob -v now streams its log output while the job runs.")]
    [InlineData("behavior-now-acts", "If the manifest has no version line, the go command now assumes version 1.30.")]
    [InlineData("behavior-now-verb-after-clause", "Once an object is cached so that it can be reused, the linker now rejects unknown sections in it.")]
    [InlineData("behavior-now-verb-after-clause", "The frob writer, when running in raw mode, now produces the same bytes whatever the buffer sizes.")]
    [InlineData("behavior-now-verb", "On Windows, the FROB_STOP and FROB_QUIT events now generate a syscall.SIGTERM signal.")]
    [InlineData("behavior-release-changes", "As of Go 1.40, the go command by default fetches frob modules through the public mirror.")]
    [InlineData("behavior-will-fail-when", "The go frob -u command will fail to update a module if its origin has moved since it was fetched.")]
    [InlineData("behavior-now-verb", "Frob literals such as 'a' now have default type rune, as 1.0 has default type float64.")]
    [InlineData("behavior-programs-observe", "The new frob sorting algorithm does choose a different order than before for equal values.")]
    [InlineData("behavior-now-verb", "Samples of the frob lock profile now correctly point at the line where the lock was let go.")]
    [InlineData("behavior-is-now-handled", "With -shared, the register FX is now overwritten by some memory loads and should be avoided in assembly.")]
    [InlineData("behavior-unlike-before", "Frob keys that are not equal to themselves were previously printed as <nil>.")]
    [InlineData("behavior-will-always", "A consequence is that frob.CopyBuffer will not always use the buffer it is given.")]
    [InlineData("behavior-now-part-of", "The frob wait metric now includes time spent on internal locks in addition to user locks.")]
    [InlineData("behavior-default-changed", "The default value of Config.FrobTimeout is now 30 seconds.")]
    [InlineData("behavior-is-now-handled", "For requests over HTTP/2, the frob header is now stripped.")]
    [InlineData("behavior-now-acts", "On 32-bit platforms, frob.Size now saturates at the largest int.")]
    [InlineData("behavior-release-changes", "With this release, the frob tool writes its logs as JSON.")]
    [InlineData("behavior-release-changes", "This release changes the default frob mode to strict.")]
    [InlineData("behavior-release-does", "Go 1.40 makes frob.Equal treat NaN values as equal.")]
    [InlineData("behavior-unlike-before", "Frob keys are compared without regard to case since this release.")]
    [InlineData("behavior-changed", "Frob.Wait behaves differently when the context is canceled.")]
    [InlineData("behavior-existing-code-affected", "Frob.Read may now return fewer bytes than asked for even when there is no error.")]
    [InlineData("behavior-release-changes", "Starting with Go 1.40, the go frob command ignores vendor directories.")]
    [InlineData("behavior-release-changes", "As of this release, the frob encoder uses tabs for indentation.")]
    [InlineData("behavior-now-acts", "The frob runtime now aborts the program when a finalizer panics.")]
    [InlineData("behavior-now-acts", "The frob.Writer now flushes on its own when its buffer is full.")]
    [InlineData("behavior-is-now-handled", "The frob.Map iteration order is now randomized.")]
    [InlineData("behavior-is-now-handled", "The frob.Stdout writer is now unbuffered.")]
    [InlineData("behavior-is-now-handled", "Frob.Close is now idempotent; calling it twice is fine.")]
    [InlineData("behavior-is-now-handled", "The context given to frob handlers is now cancelled when the peer hangs up.")]
    [InlineData("behavior-now-acts", "The frob runtime now raises the open file limit at startup.")]
    [InlineData("behavior-value-changed", "The maximum line length of frob.Scanner is now 1MB.")]
    [InlineData("behavior-value-changed", "The exit code of go frob for failed checks is now 3.")]
    [InlineData("behavior-now-acts", "The go frob command now exits with status 2 when a test is skipped.")]
    [InlineData("behavior-now-acts", "The frob listener now binds to both address families when given an empty host.")]
    [InlineData("behavior-is-now-handled", "Empty frob groups are now omitted from the encoded output.")]
    [InlineData("behavior-now-error", "Whitespace in frob names is now significant.")]
    [InlineData("behavior-unlike-before", "Frob files over 4GB get read to the end, previously they were cut short without an error.")]
    [InlineData("behavior-will-now", "When a frob.mod file names a newer toolchain, the frob command will fetch and run it automatically.")]
    [InlineData("behavior-is-stricter", "Stack traces written by the frob runtime are now accurate when functions are inlined.")]
    [InlineData("behavior-environment-read-differently", "On Unix the FROB_CERT_DIR environment variable can now be used to override where certificates are read from.")]
    [InlineData("behavior-from-this-release-on", "Frob.Reset reports false for stopped frobs from this version onward.")]
    [InlineData("behavior-from-this-release-on", "The frob dumper switches to uppercase hex digits in this release.")]
    [InlineData("behavior-from-this-release-on", "We have switched the frob linker to write compressed debug sections.")]
    [InlineData("behavior-changes-its-handling", "Frob.Compare changes its treatment of build metadata, which it now ignores.")]
    [InlineData("behavior-changes-its-handling", "Zap configuration keys are case-insensitive now.")]
    [InlineData("behavior-now-contrast", "Unlike earlier releases, Frobwalk follows symbolic links to directories.")]
    [InlineData("behavior-now-contrast", "Beginning with version 9.2, the frob compiler rejects unused labels.")]
    [InlineData("behavior-now-contrast", "Effective immediately, go frob aligns trailing comments.")]
    [InlineData("behavior-was-changed", "The contract of Frob.Read was tightened so that it never returns zero bytes with a nil error.")]
    [InlineData("behavior-was-changed", "The rounding of Frob.Mul was flipped from truncation to half-even.")]
    [InlineData("behavior-programs-observe", "After the upgrade, programs that stop a frob twice will observe a panic.")]
    [InlineData("behavior-programs-observe", "The hash behind frob maps was replaced, so iteration order will differ.")]
    [InlineData("behavior-programs-observe", "The semantics of Frob.TryRecv differ from earlier releases: it reports false on a closed frob.")]
    [InlineData("behavior-contrast-with-before", "Prior to this release, Frob.Fields returned nil for empty input.")]
    [InlineData("behavior-stops-doing", "Frobtree has stopped following symbolic links.")]
    [InlineData("behavior-now-acts", "The go frob clean command now also deletes the test cache.")]
    [InlineData("behavior-godebug-reverts", "Setting frobpace=legacy restores the previous pacing algorithm.")]
    [InlineData("behavior-godebug-reverts", "The frobsha1=1 setting temporarily re-enables SHA-1 signatures.")]
    [InlineData("behavior-godebug-reverts", "The frob cache lives in the user cache directory; set FROBCACHE to keep using the old path.")]
    [InlineData("behavior-godebug-reverts", "With frobsync=0, the frob mutex falls back to the old unfair handoff.")]
    [InlineData("behavior-godebug-reverts", "Setting frobhttp=1 allows redirects from HTTPS to HTTP again.")]
    [InlineData("behavior-compile-time-error", "Methods declared on a frob pointer type are rejected by the compiler.")]
    [InlineData("behavior-compile-time-error", "Overflow in constant frob arithmetic is detected at compile time even in dead branches.")]
    [InlineData("behavior-compile-time-error", "A malformed frob tag causes the build to fail.")]
    [InlineData("behavior-release-changes", "The language specification now states that a frob shift takes the type of its left operand.")]
    [InlineData("behavior-changed", "The meaning of the blank frob in a short declaration changed: at least one new name must appear.")]
    [InlineData("behavior-unlike-before", "The frob linker refuses duplicate symbols, a situation it formerly resolved by taking the first.")]
    [InlineData("behavior-unlike-before", "The frob compiler rejects such literals, a form that was quietly accepted before.")]
    [InlineData("behavior-unlike-before", "Frob variables in frob.env are overridden by the environment, reversing the previous precedence.")]
    [InlineData("behavior-unlike-before", "The frob tool reports an error and stops; earlier releases quietly interpreted the entry as relative.")]
    [InlineData("behavior-unlike-before", "go frob evaluates the arguments first, whereas earlier releases left the order unspecified.")]
    [InlineData("behavior-programs-observe", "Programs that print a nil frob will see the text <nil> instead of 0x0.")]
    [InlineData("behavior-programs-observe", "Frob constants take the rune type, which changes the output of programs that print them.")]
    [InlineData("behavior-programs-observe", "Frob hashes differ between runs unless FROBSEED is set, which breaks programs that stored them.")]
    [InlineData("behavior-programs-observe", "Frob archives written by older tools are refused after upgrading.")]
    [InlineData("behavior-now-forbidden", "Certificates signed with SHA-1 are rejected by frob verification.")]
    [InlineData("behavior-was-changed", "The default frob test timeout is reduced from 10 minutes to 5 minutes.")]
    [InlineData("behavior-compile-time-error", "The compiler rejects goto statements that jump over frob declarations.")]
    [InlineData("behavior-now-forbidden", "Code that takes the address of a frob element must copy it first, since such expressions are rejected.")]
    [InlineData("behavior-now-forbidden", "Frob servers reject header blocks larger than 32 KiB with status 431.")]
    [InlineData("behavior-crashes-program", "Copying a frob lock after first use is detected at run time and aborts the program.")]
    [InlineData("behavior-crashes-program", "If the runtime detects two goroutines using one frob at once, it prints a report and crashes the program.")]
    [InlineData("behavior-unlike-before", "Reading a closed Pipe returns io.EOF; earlier releases returned nil.")]
    [InlineData("behavior-godebug-reverts", "To keep the earlier ordering, set the frobsort GODEBUG to 0.")]
    [InlineData("behavior-godebug-reverts", "If the previous order is preferred, Server.FrobInOrder can be set.")]
    [InlineData("behavior-value-changed", "The Writer buffers up to 64 KiB before flushing, up from 4 KiB.")]
    [InlineData("behavior-default-changed", "The default for -frobmode changes to \"strict\".")]
    [InlineData("behavior-not-anymore", "The empty string is not a valid frob name any more.")]
    [InlineData("behavior-now-acts", "Frob.Read now fills the whole buffer before returning.")]
    [InlineData("behavior-now-acts", "The zap cache now normalizes paths before comparing them.")]
    [InlineData("behavior-release-changes", "Starting with this release, Frob validates its arguments.")]
    [InlineData("behavior-release-does", "The Go 1.40 toolchain rejects frob directives outside package main.")]
    [InlineData("behavior-now-verb", "The frob backend now makes every Zap value 16 bytes wide.")]
    [InlineData("behavior-now-contrast", "From now on, Frob rejects empty names.")]
    [InlineData("behavior-now-contrast", "Unlike before, Frob waits for pending writes.")]
    [InlineData("behavior-release-changes", "As of this release, Frob.Open follows symbolic links.")]
    [InlineData("behavior-unlike-before", "Each call to Frob allocates a fresh buffer, where it used to reuse one.")]
    [InlineData("behavior-unlike-before", "Frob.Len leaves out padding, which earlier versions counted.")]
    [InlineData("behavior-users-must-now", "Callers now have to close the returned reader.")]
    [InlineData("behavior-existing-code-affected", "The frob file needs to be regenerated after upgrading.")]
    [InlineData("behavior-now-acts", "The frob scheduler now switches to round-robin ordering.")]
    [InlineData("behavior-value-changed", "The frob header size changed to 16 bytes.")]
    [InlineData("behavior-compile-time-error", "Misspelled frob directives are flagged by the compiler.")]
    [InlineData("behavior-now-acts", "Frob now adheres to RFC 9999 when parsing dates.")]
    [InlineData("behavior-now-acts", "Frob now insists on a trailing newline.")]
    [InlineData("behavior-now-acts", "Frob now serializes access to the cache.")]
    [InlineData("behavior-is-stricter", "The frob parser is now less lenient.")]
    [InlineData("behavior-is-stricter", "Frob's rounding is now aligned with the IEEE rules.")]
    [InlineData("behavior-on-by-default", "The frob command by default verifies checksums against the zap database.")]
    [InlineData("behavior-now-acts", "go build -frob now implies -trimpath.")]
    [InlineData("behavior-now-acts", "go mod tidy now records frob versions in go.sum.")]
    [InlineData("behavior-now-acts", "The frob scheduler now preempts goroutines that run for more than 5ms.")]
    [InlineData("behavior-now-acts", "Unhandled frob faults now terminate the process with exit code 3.")]
    [InlineData("behavior-existing-code-affected", "The collector now scans frob stacks in parallel, which may change finalizer timing.")]
    [InlineData("behavior-changed", "Frob maps now iterate in a different order on every run.")]
    [InlineData("behavior-now-and-also", "The frob build mode now works on plan9/amd64 and also forces static linking everywhere.")]
    public void A_sentence_worded_as_a_change_of_behaviour_is_one(string rule, string sentence)
    {
        var fact = Assert.Single(Facts(sentence));
        Assert.Equal(FactKind.BehaviorChange, fact.Kind);
        Assert.StartsWith(rule, fact.Rule, StringComparison.Ordinal);
        Assert.True(fact.Breaking);
        Assert.Equal("1.40", fact.Version.ToString());
    }

    /// <summary>The facts of one item of two paragraphs (a package entry by default).</summary>
    private static IReadOnlyList<Fact> TwoParagraphFacts(string first, string second, NotesCategory category = NotesCategory.MinorLibraryChanges, string component = "net/frob")
    {
        var item = new NotesItem(0, "frob", category, component, $"{first} {second}", $"<p>{first}</p><p>{second}</p>");
        return TestNotes.Facts(new NotesSection(0, "frob", component, component, 3, category, component, [item]));
    }

    private static (string Anchor, string Text, string Html) Paragraph(string text, string anchor = "frob-rule") => (anchor, text, $"<p>{text}</p>");

    private static (string Anchor, string Text, string Html) Code(string code, string anchor = "frob-rule") => (anchor, code, $"<pre>{code}</pre>");

    /// <summary>
    /// The facts of one section whose paragraphs (and code examples) are items of their own, as in a language, tools or
    /// runtime section; the section takes the first item's anchor.
    /// </summary>
    private static IReadOnlyList<Fact> SectionFacts(string title, NotesCategory category, params (string Anchor, string Text, string Html)[] paragraphs)
    {
        var items = paragraphs.Select((p, i) => new NotesItem(i, p.Anchor, category, null, p.Text, p.Html)).ToList();
        return TestNotes.Facts(new NotesSection(0, paragraphs[0].Anchor, title, title, 3, category, null, items));
    }

    /// <summary>The facts of a language section of two paragraphs, each an item of its own.</summary>
    private static IReadOnlyList<Fact> SectionOfTwoParagraphs(string first, string second, string? secondAnchor = null) =>
        SectionFacts("Frob rule", NotesCategory.Language, Paragraph(first), Paragraph(second, secondAnchor ?? "frob-rule"));

    [Fact]
    public void An_updating_paragraph_of_a_section_joins_the_change_in_the_paragraph_before_it()
    {
        const string change = "Calling Frob on a nil frob has therefore been disallowed in Go 1.40, which is a breaking change.";
        const string updating = "Updating: Programs that relied on the old behaviour will no longer compile and need an explicit check.";
        var facts = SectionOfTwoParagraphs(change, updating);

        var fact = Assert.Single(facts, f => f.Kind == FactKind.BehaviorChange);
        Assert.Equal(change, fact.Summary);
        Assert.Contains(updating, fact.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void An_updating_paragraph_after_a_code_example_still_joins_the_change_before_the_example()
    {
        const string change = "Calling Frob on a nil frob has therefore been disallowed in Go 1.40, which is a breaking change.";
        const string updating = "Updating: Programs that relied on the old behaviour will no longer compile and need an explicit check.";
        const string example = "var f *Frob; f.Frob()";
        var facts = SectionFacts("Frob rule", NotesCategory.Language, Paragraph(change), Code(example), Paragraph(updating));

        var fact = Assert.Single(facts, f => f.Kind == FactKind.BehaviorChange);
        Assert.Equal(change, fact.Summary);
        Assert.Contains(updating, fact.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_a_code_block_cut_in_two_states_no_change_but_the_sentences_after_it_may()
    {
        const string intro = "Code that walked frob tables and tested";
        const string example = "t.Zap != nil";
        const string rest = "to skip empty slots should now test t.Len instead. The Zap field has been removed.";
        var facts = SectionFacts("Frob tables", NotesCategory.Library, Paragraph(intro), Code(example), Paragraph(rest));

        Assert.DoesNotContain(facts, f => f.Kind == FactKind.BehaviorChange);
        Assert.Contains(facts, f => f.Kind == FactKind.Feature && f.Summary.StartsWith("to skip empty slots", StringComparison.Ordinal));
        Assert.Equal("The Zap field has been removed.", Assert.Single(facts, f => f.Kind == FactKind.Removal).Summary);
    }

    [Fact]
    public void A_paragraph_after_a_paragraph_that_goes_on_about_a_change_still_speaks_of_that_change()
    {
        const string change = "Cgo now maps some frob handle types to a uintptr instead of a pointer.";
        const string more = "These types must be integers on the Go side because they confuse the collector.";
        const string consequence = "Because of this change, values of those types are zeroed with 0 instead of nil.";
        var facts = SectionFacts("Cgo", NotesCategory.Tools, Paragraph(change, "cgo"), Paragraph(more, "cgo"), Paragraph(consequence, "cgo"));

        var fact = Assert.Single(facts, f => f.Kind == FactKind.BehaviorChange);
        Assert.Equal(change, fact.Summary);
        Assert.Contains(consequence, fact.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_turned_on_for_go_test_cites_the_paragraph_that_introduced_it_past_the_advice_between()
    {
        const string check = "The frob analyzer now warns about calls to Zap that pass a closed channel.";
        const string advice = "Such a call can never succeed, so code that triggers this check should be fixed.";
        const string onByDefault = "This new vet check also runs by default under go test.";
        var facts = SectionFacts("Frob analyzer", NotesCategory.Tools, Paragraph(check, "vet-frob"), Paragraph(advice, "vet-frob"), Paragraph(onByDefault, "vet-frob"));

        var fact = Assert.Single(facts, f => f.Kind == FactKind.BehaviorChange);
        Assert.StartsWith(check, fact.Evidence, StringComparison.Ordinal);
        Assert.EndsWith(onByDefault, fact.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_entry_of_its_own_does_not_join_the_entry_before_it()
    {
        const string first = "The frob decoder now rejects records with trailing commas.";
        const string second = "As a result of the new parser, the zap encoder no longer writes a byte order mark.";
        var facts = SectionOfTwoParagraphs(first, second, secondAnchor: "zap");

        Assert.Equal(2, facts.Count(f => f.Kind == FactKind.BehaviorChange));
    }

    [Theory]
    [InlineData("Updating: The change is strictly backwards compatible with existing frob programs.")]
    [InlineData("Updating: Nothing in the frob runtime has changed; the text only makes the old rule explicit.")]
    [InlineData("The default frob buffer size is platform-dependent, and is unchanged in this release.")]
    [InlineData("The default value of FROBDIR is $HOME/.frob, the directory frob used before this change.")]
    [InlineData("To avoid needless warnings, the frob package is no longer marked as deprecated.")]
    [InlineData("This program now prints the following frob trace:")]
    [InlineData("For example, the following frob layouts are now accepted:")]
    public void A_paragraph_saying_nothing_changes_is_no_behaviour_change(string sentence) =>
        NoBehaviourChangeIn(sentence);

    [Theory]
    [InlineData("The server now refuses frob handshakes. Setting GODEBUG=frobhandshake=1 restores the old behavior.", "frobhandshake")]
    [InlineData("The server now refuses frob handshakes. To restore the old behavior use GODEBUG setting frobhandshake=1.", "frobhandshake")]
    [InlineData("The server now refuses frob handshakes. This can be reverted by adding frobLegacyCN=1 to the GODEBUG variable.", "frobLegacyCN")]
    [InlineData("The server now limits frob headers. The limit can be adjusted with GODEBUG=frobmaxheaders.", "frobmaxheaders")]
    [InlineData("The frob mux now matches patterns by host first. The change is controlled by a GODEBUG field named frobmux139.", "frobmux139")]
    [InlineData("Frob.Open now follows links on Windows. This behavior is controlled by the froblink setting.", "froblink")]
    public void The_godebug_setting_that_restores_the_old_behaviour_is_kept(string paragraph, string setting)
    {
        var fact = Assert.Single(Facts(paragraph), f => f.Kind == FactKind.BehaviorChange);
        Assert.Equal(setting, fact.Godebug);
    }

    [Fact]
    public void A_later_paragraph_naming_the_setting_that_reverts_it_makes_the_paragraph_before_a_behaviour_change()
    {
        const string change = "The frob package now seeds its shuffler from the system clock.";
        const string revert = "Programs that want the fixed order of before can set GODEBUG=frobseed=0.";
        var facts = TwoParagraphFacts(change, revert);

        var fact = Assert.Single(facts);
        Assert.Equal((FactKind.BehaviorChange, "frobseed", change), (fact.Kind, fact.Godebug, fact.Summary));
        Assert.Contains(revert, fact.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("As a result, programs that counted on the old order will see different results.")]
    [InlineData("For example, the decoder will now report the line of the first bad record.")]
    [InlineData("This change means that readers which stopped at the first blank line will get more records.")]
    [InlineData("This program reads the record before checking the error. In Go 1.40, it will now panic at that read.")]
    [InlineData("These records must be rewritten: Parse now rejects the old form.")]
    [InlineData("When encountering such a record, Parse now returns an error and keeps the other fields.")]
    public void A_paragraph_that_goes_on_about_the_change_before_it_joins_that_change(string followUp)
    {
        const string change = "The frob decoder now rejects records with trailing commas.";
        var facts = TwoParagraphFacts(change, followUp);

        var fact = Assert.Single(facts, f => f.Kind == FactKind.BehaviorChange);
        Assert.Equal(change, fact.Summary);
        Assert.Contains(followUp, fact.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_follow_up_that_makes_the_paragraph_before_a_change_turns_its_feature_into_that_change()
    {
        const string check = "The frob analyzer looks for labels that are declared but never used.";
        const string followUp = "This new check is enabled by default when running go test.";
        var facts = TwoParagraphFacts(check, followUp, NotesCategory.Tools, "vet");

        var fact = Assert.Single(facts);
        Assert.Equal((FactKind.BehaviorChange, check), (fact.Kind, fact.Summary));
        Assert.Contains(followUp, fact.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_about_a_default_after_a_removal_is_a_change_of_its_own()
    {
        const string removal = "Frob.Verify no longer supports MD4 based signatures.";
        const string change = "The default frob policy field has changed from Frob.Old to Frob.New. This change can be reverted with GODEBUG setting frobpolicy=0.";
        var facts = TwoParagraphFacts(removal, change);

        Assert.Single(facts, f => f.Kind == FactKind.Removal);
        var behaviour = Assert.Single(facts, f => f.Kind == FactKind.BehaviorChange);
        Assert.Equal("frobpolicy", behaviour.Godebug);
    }

    [Fact]
    public void A_second_paragraph_about_another_change_stays_a_fact_of_its_own()
    {
        const string first = "The frob decoder now rejects records with trailing commas.";
        const string second = "The frob encoder no longer writes a byte order mark.";
        var facts = TwoParagraphFacts(first, second);

        Assert.Equal(2, facts.Count(f => f.Kind == FactKind.BehaviorChange));
    }

    [Theory]
    [InlineData("Go 1.38 implemented a new calling convention that passes frob arguments in registers.")]
    [InlineData("In some cases, pre-Go 1.39 frob messages were worded more helpfully.")]
    [InlineData("The frob tool can be enabled by setting GODEBUG=frobtool=1.")]
    [InlineData("GODEBUG setting frobstrict=1 enables the strict mode for the whole program.")]
    [InlineData("The frob package now uses a radix-tree implementation.")]
    [InlineData("The @frob suffix says that the named module should be updated to its newest patch release.")]
    [InlineData("Go 1.40 makes two changes to frob loops.")]
    [InlineData("In Go 1.38, the go frob command gained the ability to read frob.work files.")]
    [InlineData("NewFrob is guaranteed to give back a value of the new Frob type.")]
    [InlineData("Programs that import frob packages that are no longer in the main tree will need to be edited by hand.")]
    [InlineData("It is recommended to run go frob tidy after upgrading dependencies.")]
    [InlineData("Setting GOFROB=noarena disables the new arena allocator.")]
    [InlineData("Setting FROBPTR=0 disables the crash as a workaround until programs are fixed.")]
    [InlineData("The bufio package now defines the ErrFinalFrob error value for use by split functions.")]
    public void Background_opt_ins_and_reimplementations_are_not_behaviour_changes(string sentence) =>
        NoBehaviourChangeIn(sentence);

    /// <summary>What a new API does, how it is meant to be used, or an API shape that changed: no existing code sees a different result.</summary>
    [Theory]
    [InlineData("The new Frob.Strict method returns a decoder that reports an error for stray padding bits.")]
    [InlineData("The new functions Spin and Spin6 run a frob call on every thread. These functions may only be called from programs built without cgo; elsewhere they will always fail.")]
    [InlineData("The new Frob.Forget method drops a cached entry. Long-running programs can use this to free entries they no longer need.")]
    [InlineData("Go 1.40 extends frob conversions: frob(x) can now be written instead of *(*frob)(x).")]
    [InlineData("There are also new variants of the frob functions that append to a buffer rather than return a string.")]
    [InlineData("Frob-CBC suites can be used too: they are now supported, but off by default.")]
    [InlineData("In the case of a syntax error, the Reader now reports the first line in the error's new StartLine field.")]
    [InlineData("The frob/coff package has been extended, and the linker now reads objects with it.")]
    [InlineData("The frob checker is now corrected to match the new rules for shifts.")]
    [InlineData("To isolate clients, if a Conn implements the new FrobResetter interface, the pool will now call Reset before reuse.")]
    [InlineData("The Frob structs gain a new Zone field. Code using untagged literals of them will break due to the new field.")]
    [InlineData("Encouraged by the move, the names of the frob tools have changed.")]
    [InlineData("Sign can now take a frob signer as well as a plain one. This lets callers pass signers that hash on their own, instead of hashing first.")]
    [InlineData("Reads past the deadline now fail with an error that is or wraps frob.ErrTimeout.")]
    [InlineData("The new Frob.Reset method clears the cache. It now reports the number of entries it dropped.")]
    [InlineData("The frob.Decoder type has a new Strict method that makes it return an error for unknown fields.")]
    [InlineData("The frob runtime now runs on the new hurd/frob64 port.")]
    [InlineData("Go now runs on FreeBSD 16 on riscv64, with cgo.")]
    [InlineData("The new FrobSink type always discards its input.")]
    [InlineData("Handlers that implement the new Frobber interface now stream responses.")]
    [InlineData("Frob tracing is now supported (and enabled by default) in -buildmode=frob builds for macOS.")]
    [InlineData("The frob cache is now enabled by default for the new frobdb command.")]
    [InlineData("Frob now sets the new Header.Trailer field when trailers are present.")]
    [InlineData("Frob now reports progress through the optional Progress callback.")]
    [InlineData("Frob now prints the elapsed time when the new -time flag is given.")]
    [InlineData("Programs built with -race now run on linux/frob64.")]
    [InlineData("The Frob type now allows custom separators via the new Separator field.")]
    public void A_new_api_and_what_it_does_is_no_behaviour_change(string text) =>
        WordedLikeAChangeButNone(text);

    /// <summary>Advice on updating code, or a change the notes themselves call invisible.</summary>
    [Theory]
    [InlineData("The frob table is now stored in a compact form with no semantic effect on programs.")]
    [InlineData("The frob table is now stored compactly. That trims memory use and has no semantic effect.")]
    [InlineData("Updating: Existing code is unaffected, although frob tests that print should be updated.")]
    [InlineData("Updating: Frob files kept in the old folder will still work for now, but should be updated to use the new folder.")]
    [InlineData("Frob drivers that keep the buffer should ensure they no longer write to it after the call.")]
    [InlineData("Analysis tools that assume frob conversions never panic should be updated to consider them.")]
    [InlineData("The frob flag now takes a list split by commas. The old form with spaces is deprecated but still recognized.")]
    [InlineData("The frob group of a spawned child is now chosen while signals are blocked. This avoids stopping the child when the parent runs in the background.")]
    [InlineData("The frob key type no longer claims that its modulus is secret.")]
    [InlineData("Frob.Stat now mentions the path in its documentation.")]
    [InlineData("The documentation now mentions that Frob is safe for concurrent use.")]
    [InlineData("Existing code is unaffected, although frob benchmarks that panic should be updated to call the new helpers.")]
    [InlineData("GODEBUG=frobcheck=1 can still be set, and it is still the default.")]
    [InlineData("The frob.Old type is no longer deprecated.")]
    [InlineData("GOFROB=off now turns the frob pass off, which remains enabled by default.")]
    public void Advice_or_a_change_the_notes_call_invisible_is_no_behaviour_change(string text) =>
        WordedLikeAChangeButNone(text);

    /// <summary>Only faster, leaner or implemented differently: the results stay the same.</summary>
    [Theory]
    [InlineData("The frob collector now yields less often, resulting in many fewer events in the trace.")]
    [InlineData("The frob linker now emits DWARF information for binaries built with cgo on Plan 9.")]
    [InlineData("frob.DirHost now uses zero-copy file transmission where available, improving throughput.")]
    [InlineData("The crumb package documentation now lists the expected output for each test vector.")]
    [InlineData("Frob.Stop now returns ErrFrobStopped instead of the unexported errStopped when the frob has already stopped.")]
    [InlineData("The compiler now produces much more accurate debug information for inlined calls.")]
    [InlineData("The frob parser now keeps better track of annotations in comments.")]
    [InlineData("Programs that store frobs in interfaces will see more allocations.")]
    [InlineData("The frob mutex now uses a short spin phase, reducing lock contention.")]
    [InlineData("Bounds check elimination now uses the frob length to drop more checks.")]
    [InlineData("The frob allocator now returns memory to the OS within seconds of a spike.")]
    [InlineData("In Go 1.40, the minimum size of the stack of a new goroutine has been lowered from 8KB to 4KB.")]
    [InlineData("Many more frob helpers are now eligible for inlining by default, even those that call panic.")]
    [InlineData("Before Go 1.40, the frob scheduler was mostly written in C.")]
    [InlineData("The implementation of frob values has been changed.")]
    [InlineData("Stores of frob pointers are now done through a write barrier rather than directly.")]
    [InlineData("The frob curves now use complete formulas generated by a prover.")]
    [InlineData("In Go 1.40, Frob no longer forces its input to be allocated on the heap.")]
    [InlineData("Frob chains once needed many cycles to free. Now, as soon as nothing uses them, they are collected promptly.")]
    [InlineData("In Go 1.40, that compiler back end has been finished and is now used for all architectures.")]
    [InlineData("Frob lookups are now much faster. Previously, every lookup took the global lock.")]
    [InlineData("The frob linker now runs in parallel on machines with many cores.")]
    [InlineData("The compiler now generates smaller code for frob switches.")]
    [InlineData("The frob proxy now flushes buffered data more aggressively.")]
    [InlineData("The frob linker now emits more compact symbol tables, reducing binary sizes by about 5%.")]
    [InlineData("Tests that use t.Frob now run in parallel with other tests when -parallel is set.")]
    [InlineData("The runtime now uses a new frob allocator that reduces fragmentation.")]
    [InlineData("Maps that grow large now use less memory.")]
    [InlineData("The go command now downloads modules in parallel.")]
    [InlineData("Go programs that use the frob detector now run up to 2x faster.")]
    [InlineData("frob.Sort now uses fewer comparisons on nearly sorted input.")]
    [InlineData("Before Go 1.40, the frob scheduler was a C program. In Go 1.40, most of it has been translated to Go.")]
    [InlineData("On macOS, Frob.Sync now uses a full flush. This may cause the call to run more slowly on busy disks.")]
    [InlineData("The frob runtime now uses libfrob.so instead of calling into the kernel itself. This should make frob binaries more compatible with newer systems.")]
    [InlineData("Frob.Encode now runs up to twice as fast.")]
    [InlineData("Frob now uses the new zap.Pool internally.")]
    [InlineData("The frob runtime now returns unused memory to the OS sooner.")]
    [InlineData("Frob.Sort now runs in O(n log n) time even in the worst case.")]
    [InlineData("The frob client now uses the new zap.DialContext with the request context when it connects.")]
    [InlineData("Frob archives now contain an index, which makes random access faster.")]
    [InlineData("The frob cache is now flushed in the background, which improves latency.")]
    [InlineData("Frob packages are now built in parallel.")]
    public void Only_faster_leaner_or_reimplemented_is_no_behaviour_change(string text) =>
        WordedLikeAChangeButNone(text);

    /// <summary>A rule relaxed, more input accepted, or a setting that turns something new on: what worked before still works.</summary>
    [Theory]
    [InlineData("In Go 1.40, the rule about frob labels is more permissive.")]
    [InlineData("Setting GODEBUG=frobpprof=1 enables additional profiling labels for frob goroutines.")]
    [InlineData("snark.SetOwner no longer requires the caller to hold the file open on Windows.")]
    [InlineData("The frob/jpeg package now reads interlaced files and handles a few more layouts.")]
    [InlineData("Setting the GODEBUG=frobtrace=N environment variable now limits the number of frames in each trace to N.")]
    [InlineData("Adding frobext=0 to the GODEBUG environment variable now turns off the frob extensions of the runtime.")]
    [InlineData("GOFROB=1 now prints a message for each frob created.")]
    [InlineData("Before Go 1.40, a frob block needed an explicit end marker. Now the marker may be left out.")]
    [InlineData("As a result, frob loops without calls no longer potentially deadlock the scheduler.")]
    [InlineData("Zap now handles larger inputs without running out of memory.")]
    [InlineData("Frob now uses the system certificate store on plan9, where it was previously unsupported.")]
    [InlineData("Frob no longer requires a C compiler.")]
    [InlineData("Programs can opt into the stricter frob parser by setting GODEBUG=frobstrict=1.")]
    [InlineData("When the -zap flag is given, the Frob.Zap field is now set to the zap digest.")]
    [InlineData("The frob tool now forwards its exit code to the caller when run with -wrap.")]
    [InlineData("The go frob command now lists its subcommands when given -h.")]
    [InlineData("The zap package now places no limit on key length.")]
    public void A_relaxation_or_an_opt_in_is_no_behaviour_change(string text) =>
        WordedLikeAChangeButNone(text);

    /// <summary>"In Go 1.40, …" before what was taken away: a removal's wording, not a change of behaviour.</summary>
    [Theory]
    [InlineData("In Go 1.40, much of the frob API has been removed in favor of the zap package.")]
    [InlineData("As of Go 1.40, the old frob helpers are deleted.")]
    public void A_release_opener_before_a_removal_is_no_behaviour_change(string text) =>
        NoBehaviourChangeIn(text);

    /// <summary>"makes" that only enables, or announces the changes the section goes on to list.</summary>
    [Theory]
    [InlineData("The frob tool now makes it possible to skip the cache.")]
    [InlineData("Go 1.40 makes three changes to the frob statement.")]
    [InlineData("The frob linker now makes debugging stripped binaries easier.")]
    public void Makes_that_enables_or_announces_changes_is_no_behaviour_change(string text) =>
        NoBehaviourChangeIn(text);

    [Theory]
    [InlineData("The frobfmt command now reads its input files in parallel. On a machine with many cores, frobfmt should now be much faster.")]
    [InlineData("The frob package will now use a cached handle when one is available. This prevents handles from being reopened on every call.")]
    [InlineData("Frob archives created by the linker are now cached in the build cache. This makes repeated links faster at the cost of a larger cache.")]
    public void A_change_whose_next_sentence_gives_only_its_benefit_is_no_behaviour_change(string text) =>
        WordedLikeAChangeButNone(text);

    [Fact]
    public void What_an_entry_also_now_does_after_a_new_api_is_a_change() =>
        Assert.Contains(Facts("The frob client adds a new Ping method. It also now rejects line breaks in the names given to Hello."), f => f.Kind == FactKind.BehaviorChange);

    [Fact]
    public void A_faster_implementation_that_also_changes_results_is_a_change() =>
        Assert.Contains(Facts("With GOFROB=v3, the compiler will now use fused frob instructions to make arithmetic faster and more accurate."), f => f.Kind == FactKind.BehaviorChange);

    [Fact]
    public void A_change_that_says_what_it_does_instead_stays_a_change_whatever_its_benefit()
    {
        const string text = "The frob runtime now returns the partial record instead of an error. This should make frob tools more useful on damaged files.";
        Assert.Contains(Facts(text), f => f.Kind == FactKind.BehaviorChange);
    }

    /// <summary>Code written for the old shape of an API stops compiling: a change of the API (the feature), not code that compiles and behaves differently.</summary>
    [Theory]
    [InlineData("The Frob function has changed signature: it now takes a context as its first argument.")]
    [InlineData("The frob.Handler type has been made an interface so that other implementations can be plugged in.")]
    [InlineData("In Go 1.40, the frob.Open function returns an error as well as a Handle.")]
    [InlineData("The Tick method now takes a frob.Duration argument instead of an int.")]
    [InlineData("The signature of the frob.Walk function has changed to match the other walkers.")]
    [InlineData("The Sum method of the frob.Hasher interface now takes a []byte argument, to which the digest is appended.")]
    [InlineData("In Go 1.40, the interface frob.Value has changed slightly.")]
    [InlineData("In Go 1.40, the NewFrobWriter functions all return (*Writer, error) when they take a level.")]
    [InlineData("The frob helpers now take and return a rune.")]
    [InlineData("The Frob.Open method now reports failure with an error instead of a bool.")]
    [InlineData("The NewFrob function now takes a uintptr handle, instead of an int.")]
    [InlineData("The names of the old frobmath packages have changed to frobs and frobx.")]
    [InlineData("Large frob files are now handled on NetBSD 10. Some types have been adjusted accordingly.")]
    [InlineData("In Go 1.40, the frob codec has been redesigned to match its siblings.")]
    public void A_changed_signature_or_type_is_no_behaviour_change(string sentence) =>
        WordedLikeAChangeButNone(sentence);

    [Theory]
    [InlineData("In Go 1.41, the go frob command will reject manifests without a version line.")]
    [InlineData("Go 1.41 will treat frob tags as case-sensitive.")]
    public void A_change_announced_for_a_later_release_belongs_to_that_release(string sentence)
    {
        var fact = Assert.Single(TestNotes.Facts("1.40", "Tools", NotesCategory.Tools, sentence), f => f.Kind == FactKind.BehaviorChange);
        Assert.Equal(("1.41", "1.40"), (fact.Version.ToString(), fact.AnnouncedIn?.ToString()));
    }

    [Fact]
    public void What_a_later_release_did_is_still_a_change_of_that_release()
    {
        var fact = Assert.Single(TestNotes.Facts("1.40", "net/frob", NotesCategory.MinorLibraryChanges, "Go 1.40 redefines the order in which frob handlers run."), f => f.Kind == FactKind.BehaviorChange);
        Assert.Equal("1.40", fact.Version.ToString());
    }

    [Fact]
    public void A_removal_and_what_it_means_in_one_paragraph_is_one_removal()
    {
        var facts = Facts("The frob subcommand has been removed. Programs that depend on it will break. Previously, it also printed a summary.");
        var removal = Assert.Single(facts);
        Assert.Equal(FactKind.Removal, removal.Kind);
    }

    [Fact]
    public void A_later_sentence_naming_what_was_removed_tells_what_the_removal_means()
    {
        var facts = Facts("Frobbed archives are no longer supported. Building a frobbed archive now results in an error.");
        Assert.Equal(FactKind.Removal, Assert.Single(facts, f => f.Kind != FactKind.Feature).Kind);
    }

    [Theory]
    [InlineData("The frob feature of the zap package has been removed; programs that use it will break.")]
    [InlineData("GODEBUG=frobcheck=2 is no longer available. In particular this means that the mode must be chosen at build time instead of run time.")]
    public void What_a_removal_means_in_the_same_or_a_later_sentence_is_part_of_the_removal(string text)
    {
        var facts = Facts(text);
        Assert.Equal(FactKind.Removal, Assert.Single(facts, f => f.Kind != FactKind.Feature).Kind);
    }

    [Fact]
    public void A_change_whose_next_sentence_gives_an_inner_reason_stays_a_change()
    {
        const string text = "The frob package now overwrites the output buffer in the event of a decryption failure. This is to allow the fast path to avoid using a spare buffer.";
        Assert.Contains(Facts(text), f => f.Kind == FactKind.BehaviorChange);
    }

    [Fact]
    public void A_later_sentence_about_something_else_is_a_change_of_its_own()
    {
        var facts = Facts("Frobbed archives are no longer supported. The zap encoder now rejects empty names.");
        Assert.Equal([FactKind.Removal, FactKind.BehaviorChange], facts.Where(f => f.Kind != FactKind.Feature).Select(f => f.Kind));
    }

    [Fact]
    public void A_change_announced_for_a_future_release_is_not_a_change_of_this_one()
    {
        var fact = Assert.Single(Facts("The package may reject unsafe names by default in a future release."));
        Assert.Equal(FactKind.Deprecation, fact.Kind);
        Assert.True(fact.Tentative);
    }

    [Theory]
    [InlineData("The package now supports frob sockets.")]
    [InlineData("Clients can now use the new Frob method.")]
    [InlineData("The frob package now includes helpers for parsing sizes.")]
    [InlineData("The frob package now includes a helper function for constant-time comparison.")]
    [InlineData("The frob tool now accepts the -zap flag.")]
    [InlineData("Frob.Open now accepts an optional callback that reports progress.")]
    [InlineData("Frob dumps now include source information, so a reader needs no binary.")]
    [InlineData("The frob profile now includes stack traces for each sample.")]
    [InlineData("Now it is possible to cancel a frob read.")]
    [InlineData("Frob handles can now be closed twice without error.")]
    [InlineData("The proxy URL may now be given with a port.")]
    [InlineData("The frob mode is now supported on all platforms.")]
    [InlineData("Frob conversions are explicit, so no existing programs will stop building.")]
    [InlineData("The frob package adds a SetMaxFrobs method on Pool to limit the number of open frobs.")]
    [InlineData("The frob operators now implement this interface, binding each operation to its operator rather than passing it in.")]
    [InlineData("Parse now reports the first bad line in the ParseError's new StartLine field.")]
    [InlineData("Callers can now use an empty struct as a set element with the new Set type.")]
    [InlineData("The FROBOPTS environment variable can now be set for every user with frob env -w.")]
    [InlineData("frob.Open no longer crashes on Plan 9 when the name ends in a slash.")]
    [InlineData("The frob tracer no longer requires a restart to pick up a new sampling rate.")]
    [InlineData("The default value of FROBPATH is now documented in frob help.")]
    [InlineData("The frob/linux port now only requires kernel 4.1, relaxing the earlier 5.2 minimum.")]
    [InlineData("The new GOEXPERIMENT=frobheap setting turns on an experimental heap and is off by default.")]
    [InlineData("The frob -pgo flag now accepts several profile files separated by commas.")]
    [InlineData("frob vet no longer reports the same misuse twice when a file is listed in two packages.")]
    [InlineData("frob fetch no longer leaves partial download files behind when it is interrupted.")]
    [InlineData("The minimum supported Zap kernel has been lowered to 2.1, since fewer features are needed.")]
    public void Added_capabilities_are_features(string sentence)
    {
        Assert.Empty(Facts(sentence));
    }

    [Fact]
    public void A_sentence_read_two_ways_keeps_the_breaking_reading_and_names_both_rules()
    {
        var fact = Assert.Single(Facts("The Frob option is no longer supported and now returns an error."), f => f.Kind != FactKind.Deprecation);
        Assert.Equal(FactKind.Removal, fact.Kind);
        Assert.Contains("also read as behavior-", fact.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_setting_now_ignored_and_deprecated_is_both()
    {
        var facts = Facts("The Dialer.Frob field is now ignored and deprecated.");
        Assert.Contains(facts, f => f.Kind == FactKind.BehaviorChange);
        Assert.Contains(facts, f => f.Kind == FactKind.Deprecation);
    }
    [Theory]
    [InlineData("behavior-now-rather-than", "The default type of .frob files is now text/frob rather than application/frob.")]
    [InlineData("behavior-on-by-default", "The go command uses -buildmode=frob by default on Plan 9.")]
    [InlineData("behavior-was-changed", "On Plan 9, the frob retry limit was raised from 3 to 5.")]
    [InlineData("behavior-is-stricter", "Frob.MarshalText is now more strict about the layouts it accepts.")]
    [InlineData("behavior-will-now-fail", "Calling Frob on a file that was opened for appending will now return an error.")]
    [InlineData("behavior-existing-code-affected", "Programs that hash frob values could get different results than before.")]
    [InlineData("behavior-existing-code-affected", "The results differ in the last bits and are not bit-for-bit identical with earlier releases.")]
    [InlineData("behavior-compile-time-error", "Comparing two frob values with == is not a legal program.")]
    [InlineData("behavior-again", "The Frob header is now again checked on every request.")]
    [InlineData("behavior-stops-doing", "Frob.Decode will stop reading after 16 bytes of header.")]
    [InlineData("behavior-stops-doing", "The frob tool stops following symbolic links.")]
    [InlineData("behavior-will-always", "If the frob is closed, Read will always return io.EOF.")]
    [InlineData("behavior-instead-of-before", "Frob.Close reports the first error rather than the last one.")]
    [InlineData("behavior-instead-of-before", "Warnings from the frob checker are written to standard output rather than standard error.")]
    [InlineData("behavior-godebug-reverts", "The frobrsa512=1 setting disables the new key size check.")]
    [InlineData("behavior-release-changes", "The specification now defines that frob values are compared field by field.")]
    [InlineData("behavior-release-changes", "Dividing a frob by zero is now guaranteed to panic.")]
    [InlineData("behavior-new-limit", "Reader.Next limits the number of frob headers in a part to 10,000.")]
    [InlineData("behavior-changed", "The start position of a frob block has changed: it is now the keyword.")]
    [InlineData("behavior-was-changed", "The initial frob buffer has been lifted from 4KB to 8KB.")]
    [InlineData("behavior-now-acts", "Frob.Reset now zeroes the elements past the new length.")]
    [InlineData("behavior-will-now", "A frob that is opened twice in one process will now share a single handle.")]
    [InlineData("behavior-lookup-order", "The frob resolver searches the local cache file before querying the network.")]
    [InlineData("behavior-now-forbidden", "A frob header that names no version is now rejected.")]
    [InlineData("behavior-now-forbidden", "Commands that pass both -frob and -zap now error out.")]
    [InlineData("behavior-value-changed", "The buffer that each frob reader keeps has been reduced from 64 KB to 16 KB.")]
    [InlineData("behavior-value-changed", "The time that a frob reader waits for a header was lowered from 10 to 5 seconds.")]
    [InlineData("behavior-no-longer-output", "When a frob that failed is retried, the log no longer repeats the first error.")]
    [InlineData("behavior-programs-observe", "Programs that poll a frob in a tight loop will see more wake-ups.")]
    [InlineData("behavior-programs-observe", "Code that walks the frob list by index will miss entries added by the new merge step.")]
    [InlineData("behavior-release-does", "Go 1.40 translates the C type frob_handle_t to the Go type uintptr.")]
    [InlineData("behavior-errors-when", "The Go 1.40 frob parser returns an error if a record holds a tab.")]
    [InlineData("behavior-users-must-now", "Scripts that call the frob tool directly should now pass the -strict flag.")]
    [InlineData("behavior-users-must-now", "The frob cache must reside on a file system that supports hard links.")]
    [InlineData("behavior-only-will", "Only frob chains with a valid signature on every link will be accepted by Verify.")]
    [InlineData("behavior-now-acts", "The Frob.String method, used for debug output, now encloses the name in brackets.")]
    [InlineData("behavior-now-acts", "The frob reader also now silently decodes zipped parts.")]
    [InlineData("behavior-default-changed", "When cross-building, the frob tool will turn caching off by default.")]
    [InlineData("behavior-will-now", "Frob clients will automatically use the binary protocol when the server offers it.")]
    [InlineData("behavior-now-contrast", "Now, frob names with a trailing dot are looked up as written.")]
    [InlineData("behavior-release-does", "Go 1.40 fixes a mismatch between the frob checker and the frob specification.")]
    [InlineData("behavior-programs-observe", "Sorting with Frob yields a different order than before for keys that compare equal.")]
    [InlineData("behavior-reimplemented", "The frob codec is now backed by the streaming implementation.")]
    [InlineData("behavior-default-changed", "Without a config file, the frob pool size will default to the number of CPUs.")]
    [InlineData("behavior-release-changes", "Go 1.40 redefines the order in which frob handlers run.")]
    [InlineData("behavior-instead-of-before", "In particular, Frob.Size returns an int64 rather than, as before, an int.")]
    [InlineData("behavior-programs-observe", "Idle frob handles may be closed sooner in this release than in earlier releases.")]
    [InlineData("behavior-corrected", "In that case the frob decoder had wrongly accepted a record with no length field.")]
    [InlineData("behavior-instead", "Go 1.40 adds a clearer error, ErrFrobSize, which Parse now returns instead.")]
    [InlineData("behavior-now-forbidden", "For Go 1.40, the frob naming rule is enforced for the standard library only.")]
    [InlineData("behavior-now-forbidden", "Calling Frob twice has therefore been disallowed in Go 1.40.")]
    [InlineData("behavior-is-now-handled", "Errors from the frob driver are now wrapped in a *FrobError.")]
    [InlineData("behavior-unlike-before", "The frob tool exits with a non-zero status when a check fails, which it previously did not.")]
    [InlineData("behavior-unlike-before", "Frob names are compared case-insensitively, unlike in earlier releases.")]
    [InlineData("behavior-now-acts", "A zero FrobLimit now means that no limit applies.")]
    [InlineData("behavior-will-now-fail", "When a frob reader that wrongly reports a negative count is used with it, the Scanner will no longer panic.")]
    [InlineData("behavior-release-changes", "Closing a frob pool twice panics as of this release.")]
    [InlineData("behavior-release-changes", "Frob keys are compared case-sensitively starting with Go 1.40.")]
    [InlineData("behavior-value-changed", "The largest frame the frob server accepts is reduced to 16 KiB.")]
    [InlineData("behavior-existing-code-affected", "The frob index layout changed, and older tools cannot open the new files.")]
    [InlineData("behavior-unlike-before", "Zap.Keys, which previously returned nil for an empty map, returns an empty slice.")]
    [InlineData("behavior-default-changed", "The default of ZapConfig.Strict flipped to true.")]
    [InlineData("behavior-is-stricter", "Zap.Match compares labels more strictly.")]
    [InlineData("behavior-now-forbidden", "Handing a nil context to Zap is an error in this release.")]
    [InlineData("behavior-now-forbidden", "The zap handling of empty labels has been made consistent with the spec: they are refused.")]
    [InlineData("behavior-stops-doing", "Zap.Parse stopped accepting a trailing comma.")]
    [InlineData("behavior-may-break", "Programs that call Zap.Reset from two goroutines may now deadlock.")]
    [InlineData("behavior-may-break", "Callers may notice that Zap returns before the buffer is flushed.")]
    [InlineData("behavior-now-contrast", "After this change Zap.Name gives the base name only.")]
    [InlineData("behavior-is-now-handled", "Cached zap tokens are now rotated every hour.")]
    [InlineData("behavior-is-now-handled", "Zap lifetimes in old sessions, where the keys are shared between peers, are now limited to one day.")]
    [InlineData("behavior-corrected", "The zap limits have been fixed to count runes rather than bytes.")]
    [InlineData("behavior-corrected", "The zap encoder had a bug that dropped the last byte of odd-sized input.")]
    [InlineData("behavior-corrected", "Sorting of zap keys was mended, restoring the old Go 1.38 behavior.")]
    [InlineData("behavior-again", "Unnamed zap sections are once again allowed.")]
    [InlineData("behavior-now-part-of", "An empty zap.Pool is now equivalent to NewPool(0).")]
    [InlineData("behavior-now-part-of", "The ErrZapTimeout error now implements net.Error.")]
    [InlineData("behavior-now-verb", "The GOZAP setting now affects the cache key of every package.")]
    [InlineData("behavior-existing-code-affected", "A zap function that is inlined may produce a distinct pointer at each call site.")]
    [InlineData("behavior-existing-code-affected", "What the zap parser returns has not otherwise changed, except for its error texts.")]
    [InlineData("behavior-now-error", "Calling Zap.Reset while a read is pending is now a no-op.")]
    [InlineData("behavior-release-changes", "A zero-length zap write is now defined as a flush.")]
    [InlineData("behavior-now-acts", "The zap proxy now forwards every trailer it receives.")]
    [InlineData("behavior-now-acts", "Error strings from Zap now mention the offending key.")]
    [InlineData("behavior-now-acts", "The zap cache now expires entries after a day.")]
    [InlineData("behavior-now-acts", "The zap iterator now visits keys in sorted order.")]
    [InlineData("behavior-now-acts", "Zap.Wait now unblocks when the context is canceled.")]
    [InlineData("behavior-is-now-handled", "The zap header is now lowercased before it is sent.")]
    [InlineData("behavior-is-now-handled", "Zap calls are now serialized across goroutines.")]
    [InlineData("behavior-is-now-handled", "Files with a .zapc suffix are now compiled as C.")]
    [InlineData("behavior-now-acts", "The compiler now aligns zap structs to 16 bytes.")]
    [InlineData("behavior-existing-code-affected", "Code that reads a zap field without a lock may now be reported by the race detector.")]
    [InlineData("behavior-default-changed", "The default GOZAP value is now auto.")]
    [InlineData("behavior-now-contrast", "Now it also sets the owner name on each zap entry.")]
    public void Behaviour_changes_in_further_wordings(string rule, string sentence)
    {
        var fact = Assert.Single(TestNotes.Facts("1.40", "net/frob", NotesCategory.MinorLibraryChanges, sentence), f => f.Kind == FactKind.BehaviorChange);
        Assert.StartsWith(rule, fact.Rule, StringComparison.Ordinal);
        Assert.Equal("1.40", fact.Version.ToString());
    }

    [Fact]
    public void A_sentence_about_before_cites_the_sentence_that_states_the_change()
    {
        var fact = Assert.Single(Facts("The frob decoder follows the grammar to the letter. Previously, it accepted trailing commas."));
        Assert.Equal(FactKind.BehaviorChange, fact.Kind);
        Assert.Contains("follows the grammar", fact.Evidence, StringComparison.Ordinal);
        Assert.Contains("trailing commas", fact.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Frob.Close can now be called twice. Previously, the second call panicked.")]
    [InlineData("Frob.Decode now works on inputs over 4 GB. Previously such inputs caused an error.")]
    [InlineData("Frob.Equal now works on cyclic values. Previously it looped forever.")]
    [InlineData("Setting the frob mode on Plan 9 is now implemented. Previously it returned an error.")]
    [InlineData("The new Frob.Reset method clears the state. Previously the only way was to make a new Frob.")]
    [InlineData("Go 1.40 on frob64 no longer requires a Linux kernel configured with FROB_HELPERS.")]
    [InlineData("There is no longer a limit on the number of frob workers.")]
    [InlineData("Go 1.40 removes the restriction that a frob count must be positive.")]
    [InlineData("On Plan 9 the Frob function now opens the file, rather than always returning an error.")]
    [InlineData("The frob pool no longer needs to be refilled after every collection.")]
    [InlineData("Frob.Snapshot and Frob.Count no longer block while a compaction is running.")]
    [InlineData("The Frob.Peek method no longer holds a lock while copying.")]
    [InlineData("Frob.Read no longer returns spurious ErrNoProgress errors on pipes.")]
    [InlineData("frob.Dial no longer leaks a goroutine when the context is canceled.")]
    [InlineData("The frobtool command is now included in the standard distribution.")]
    [InlineData("The frob runtime no longer requires SSE4 on 386 when GOFROB=soft is set.")]
    [InlineData("Building frob tools no longer needs the Xcode command line tools when cgo is off.")]
    public void Something_that_used_to_fail_and_now_works_is_no_behaviour_change(string paragraph)
    {
        NoBehaviourChangeIn(paragraph);
    }

    [Fact]
    public void Something_that_used_to_work_and_now_fails_is_one()
    {
        var fact = Assert.Single(Facts("Frob.Write now panics when the buffers overlap. Previously, the result was undefined."));
        Assert.Equal(FactKind.BehaviorChange, fact.Kind);
    }

    [Theory]
    [InlineData("The frob package now uses a faster hashing algorithm, reducing CPU use.")]
    [InlineData("Frob now uses the vector instructions when available, improving performance by up to 40%.")]
    [InlineData("On Plan 9, the frob package now uses the frobrandom system call.")]
    [InlineData("The frob package now defines Zap and Zop, to be used instead of the helpers in frob/util.")]
    [InlineData("The vet tool now reports calls to Frob with a nil context.")]
    [InlineData("When the GODEBUG=frobstrict=1 setting is present, Frob will now return an error for empty input.")]
    [InlineData("Updating: code that calls Frob should be updated to use Zap.")]
    [InlineData("The frob scheduler has been modified to reduce its impact on request latency.")]
    [InlineData("Frob.Stats now takes less than 1ms even for very large tables.")]
    [InlineData("The frob sweeper now uses a smaller fraction of the CPU while it runs.")]
    [InlineData("Releasing a highly contended frob lock now hands the lock directly to the next waiter.")]
    [InlineData("Wrapping a small frob value in an interface no longer causes allocation.")]
    [InlineData("Large frob pools no longer increase stop-the-world pause times.")]
    [InlineData("More frob helpers are now eligible for inlining by default.")]
    [InlineData("On frobOS, frob system calls are now made through libc instead of by the trap instruction.")]
    [InlineData("Internally, the frob parser is now hand-written instead of generated by a parser generator.")]
    [InlineData("Frob.Merge now runs in linear time instead of quadratic time.")]
    [InlineData("The frob.Buffer type now reuses memory instead of allocating on every call.")]
    [InlineData("Behind the scenes the frob cache will now always be kept in a radix tree, which callers never see.")]
    public void Only_faster_or_leaner_is_a_feature(string sentence)
    {
        NoBehaviourChangeIn(sentence);
    }

    [Fact]
    public void A_behaviour_change_cites_its_whole_change_paragraph()
    {
        var fact = Assert.Single(Facts("Frob.Dial tries every address of a host in turn. It now returns the first error rather than the last."));
        Assert.Equal(FactKind.BehaviorChange, fact.Kind);
        Assert.StartsWith("Frob.Dial tries every address", fact.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Faster_but_now_rejecting_stays_a_behaviour_change()
    {
        Assert.Contains(Facts("Frob parsing is now faster and now rejects inputs longer than 1 MB."), f => f.Kind == FactKind.BehaviorChange);
    }

    [Fact]
    public void A_new_implementation_that_returns_something_else_stays_a_behaviour_change() =>
        Assert.Contains(Facts("The frob decoder now uses a table-driven algorithm and reports an error instead of returning a partial value."), f => f.Kind == FactKind.BehaviorChange);

    [Theory]
    [InlineData("Beginning in the next release, Go 1.41, the frob client will default to strict mode.")]
    [InlineData("Starting with Go 1.41, the frob server will send heartbeats by default.")]
    [InlineData("Go 1.40 adds opt-in support for frob streams. It will be enabled by default in Go 1.41.")]
    public void A_change_announced_for_the_next_release_belongs_to_that_release(string sentence)
    {
        var fact = Assert.Single(Facts(sentence), f => f.Kind == FactKind.BehaviorChange);
        Assert.Equal(("1.41", "1.40"), (fact.Version.ToString(), fact.AnnouncedIn?.ToString()));
    }

    [Fact]
    public void A_change_a_patch_release_of_an_earlier_line_made_belongs_to_that_line()
    {
        var fact = Assert.Single(Facts("In Go 1.38.4 and later, the frob reader now limits the number of parts to 1000."));
        Assert.Equal(FactKind.BehaviorChange, fact.Kind);
        Assert.Equal("1.38", fact.Version.ToString());
    }

    [Theory]
    [InlineData("The printf analyzer now reports calls with a non-constant format string.", true)]
    [InlineData("The copylock analyzer now reports locks copied in range loops.", false)]
    [InlineData("Vet is stricter about frob tags and looser where it used to warn wrongly.", false)]
    [InlineData("The frobold vet check now reports calls to frob.Old with a suggested fix.", false)]
    [InlineData("The behavior of the vet tool has changed to follow the new frob rules.", false)]
    [InlineData("The go vet command now always sees complete type information for frob packages.", false)]
    public void A_vet_check_changes_behaviour_only_when_go_test_runs_it(string sentence, bool isChange)
    {
        var facts = TestNotes.Facts("1.40", "vet", NotesCategory.Tools, sentence, "vet");
        Assert.Equal(isChange, facts.Any(f => f.Kind == FactKind.BehaviorChange));
    }
}
