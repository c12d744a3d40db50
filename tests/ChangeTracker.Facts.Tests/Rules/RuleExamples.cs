using ChangeTracker.Domain.Notes;

namespace ChangeTracker.Facts.Tests.Rules;

/// <summary>
/// At least one sentence of our own for every named rule of every table, with the section it stands in. A new rule
/// without an example here fails <see cref="RuleTableTests"/>.
/// </summary>
public static class RuleExamples
{
    public sealed record Example(string Sentence, string Heading = "Ports", NotesCategory Category = NotesCategory.Ports, string? Component = null, string? Previous = null);

    private static Example Lib(string sentence, string component = "net/frob") => new(sentence, component, NotesCategory.MinorLibraryChanges, component);
    private static Example Tool(string sentence) => new(sentence, "Go command", NotesCategory.Tools, "go command");

    public static readonly IReadOnlyDictionary<string, Example[]> ByRule = new Dictionary<string, Example[]>
    {
        ["port-added"] = [new("Go 1.40 adds an experimental port to plan9/arm64.")],
        ["port-new"] = [new("The new freebsd/riscv64 port is ready for testing.")],
        ["port-go-now-supports"] = [new("Go now supports running on hurd/amd64.")],
        ["port-can-build-for"] = [new("The toolchain can now build binaries for openbsd/mips64.")],
        ["port-support-returned"] = [new("Support for the plan9/arm port has returned.")],
        ["port-listed-after-new-ports"] = [new("These include netbsd/arm64 and openbsd/riscv64.", Previous: "There are several new ports.")],
        ["port-available-as-experiment"] = [new("The riscv64 and loong64 architectures are available as experiments.", "Linux")],
        ["port-no-longer-supported"] = [new("The dragonfly/386 port is no longer supported.")],
        ["port-last-release"] = [new("Go 1.40 is the last release that runs on solaris/sparc64 or plan9/386.")],
        ["port-support-dropped"] = [new("Go 1.40 drops support for netbsd/mips64.")],
        ["port-removed"] = [new("The nacl/arm port has been removed.")],
        ["port-renamed"] = [new("The former plan9/arm64 port has been renamed to hurd/arm64.")],
        ["port-marked-broken"] = [new("The freebsd/mips64 port has been marked broken.")],
        ["port-binaries-only-for"] = [new("For FreeBSD the binary distribution is provided only for amd64 from now on.")],
        ["port-binaries-dropped"] = [new("Binary downloads for netbsd/arm are no longer provided; the port still builds from source.")],
        ["os-last-release"] = [new("Go 1.40 is the last release that will run on macOS 14 Sonoma.")],
        ["os-this-is-the-last-release"] = [new("This is likely the last release to support 14.1.", Previous: "Go 1.40 only supports FreeBSD 14.1 or later.")],
        ["os-will-require"] = [new("Go 1.41 will require macOS 15 Sequoia or later.")],
        ["os-now-requires"] = [new("Go 1.40 now requires Linux kernel version 4.4 or later.")],
        ["os-no-longer-supported"] = [new("Go 1.40 no longer supports OpenBSD 7.1.")],
        ["os-support-removed"] = [new("In Go 1.40, support for Windows 8 has been removed.")],
        ["os-not-supported-by-go"] = [new("As of Go 1.40, it is not supported by Go.", "FreeBSD 12", Previous: "FreeBSD 12 reached its end of life.")],
        ["os-ports-no-longer-released"] = [new("The ports for Windows 7 are no longer released as downloads.")],
        ["requirement-bootstrap-go-future"] = [new("We plan for Go 1.42 to require Go 1.40 or later for bootstrap.")],
        ["requirement-bootstrap-go"] = [new("Building Go 1.40 from source now requires Go 1.38.4 or later as the bootstrap toolchain.")],
        ["requirement-c-toolchain"] = [new("Using cgo now requires GCC 11 or later.")],
        ["requirement-tool-now-required"] = [new("SWIG 5.1 is now required.")],
        ["requirement-kernel-config"] = [new("FreeBSD 15 kernels need the COMPAT_FREEBSD14 option enabled.")],
        ["requirement-cpu-level"] = [new("The amd64 port now requires GOAMD64=v2 at least.")],
        ["requirement-runtime-engine"] = [new("Running the wasm output now requires Node.js 22 or later.")],
        ["heading-deprecation"] = [new("The frob package should no longer be used.", "Frob package deprecation", NotesCategory.Library, "frob")],
        ["heading-deprecation-of"] = [new("New code should use the zap package instead.", "Deprecation of frob", NotesCategory.Library, "frob")],
        ["heading-no-longer-supported"] = [new("Tools that call go tool frob must change.", "go tool frob no longer supported", NotesCategory.Tools, "go command")],
        ["removal-last-release"] = [Tool("Go 1.40 is the last release that will support frob archives.")],
        ["removal-will-remove"] = [Tool("Go 1.41 will remove support for the -zap build flag.")],
        ["removal-will-be-removed-in-release"] = [Tool("The GOFROB setting will be removed in Go 1.42.")],
        ["removal-moved-or-renamed"] = [Lib("The Frobber type has been renamed to Zapper.")],
        ["removal-replaced-by"] = [Lib("The Frob function was replaced by Zap.")],
        ["removal-is-gone"] = [Tool("The old frob mode is gone.")],
        ["removal-can-no-longer"] = [Tool("Frob archives can no longer be built.")],
        ["removal-no-longer-implements"] = [Lib("The Reader type no longer implements the Frobber interface.")],
        ["removal-setting-fails"] = [Tool("Setting GOFROB=off will cause go commands to fail.")],
        ["removal-has-been-removed"] = [Lib("The Config.Frob field has been removed.")],
        ["removal-was-removed"] = [Tool("The -zap flag was removed.")],
        ["removal-no-longer-supported"] = [Tool("The frob build mode is no longer supported.")],
        ["removal-support-dropped"] = [Tool("The linker dropped support for frob symbols.")],
        ["removal-no-longer-supports"] = [Tool("The go command no longer supports frob modules.")],
        ["removal-no-longer-accepts-flag"] = [Tool("The compiler no longer accepts the -zap flag.")],
        ["removal-no-longer-has-effect"] = [Tool("The GOFROB environment variable no longer has any effect.")],
        ["removal-no-longer-has"] = [Tool("The frob tool no longer has a command-line interface.")],
        ["deprecation-will-be-removed"] = [Lib("The Frob method will be removed by the next major release.")],
        ["deprecation-is-deprecated"] = [Lib("The Zap function is now deprecated.")],
        ["deprecation-which-is-deprecated"] = [Lib("Use Zap instead of Frob, which is now deprecated.")],
        ["deprecation-future-change"] = [Lib("The package may reject unsafe names by default in a future release.")],
        ["deprecation-deprecates"] = [Lib("This release deprecates the Frob option.")],
        ["deprecation-should-be-avoided"] = [Tool("The older frob subcommand should be avoided in new scripts.")],
        ["deprecation-obsolete"] = [Lib("The new Zap field obsoletes the Frob field.")],
        ["deprecation-comment-added"] = [Lib("Frob is rarely useful now, so it has been given a deprecation comment.")],
        ["deprecation-all-deprecated"] = [Lib("The Frob and Zap helpers are all deprecated.")],
        ["deprecation-frozen"] = [Lib("The frob package is now frozen.")],
        ["deprecation-considering-for-future"] = [Lib("We are considering dropping frob encoding in a future release.")],
        ["deprecation-in-a-future-release"] = [Lib("In a future release, the default will change to strict frob checking.")],
        ["deprecation-may-change-to"] = [Lib("When a frob is closed twice, the behavior might change to a panic in a future release.")],
        ["deprecation-new-code-should-use"] = [Lib("The Frob helpers keep working, but we encourage new code to use Zap.")],
        ["deprecation-recommended-update"] = [Tool("It is recommended that scripts calling go frob be updated to the new form.")],
        ["deprecation-plan-for-release"] = [Lib("The team plans to make Frob strict for Go 1.42.")],
        ["behavior-godebug-reverts"] = [Lib("Setting GODEBUG=frobzap=1 keeps the old behavior.")],
        ["behavior-now-error"] = [Lib("A negative timeout is now an error.")],
        ["behavior-default-changed"] = [Lib("Keep-alive probes are now sent by default every 20 seconds.")],
        ["behavior-now-verb"] = [Lib("The Dial function now rejects addresses with a trailing dot.")],
        ["behavior-no-longer"] = [Lib("The Reader no longer returns an error for empty input.")],
        ["behavior-changed"] = [Lib("The format of the trace output has changed.")],
        ["behavior-instead"] = [Lib("Parse returns an error instead of silently ignoring bad input.")],
        ["behavior-may-break"] = [Lib("Programs that depend on the old ordering may break.")],
        ["behavior-corrected"] = [Lib("Rounding of halfway cases in Frob has been corrected to match the IEEE rules.")],
        ["behavior-will-now-be"] = [Lib("When a frob header is present, the body will now be discarded.")],
        ["behavior-is-now-handled"] = [Lib("The result of the Lookup function is now cached between calls.")],
        ["behavior-now-acts"] = [Tool("go frob -v now streams its log output while the job runs.")],
        ["behavior-now-rather-than"] = [Lib("The default frob mode is now strict rather than lenient.")],
        ["behavior-on-by-default"] = [Tool("The frob check is enabled by default when running go test.")],
        ["behavior-was-changed"] = [Lib("Several frob fields were changed from int to int64.")],
        ["behavior-is-stricter"] = [Lib("The frob parser is now stricter about trailing spaces.")],
        ["behavior-will-now-fail"] = [Lib("Reading a frob that holds no data will now return an error.")],
        ["behavior-now-verb-after-clause"] = [Lib("Once an object is cached so that it can be reused, the linker now rejects unknown sections in it.")],
        ["removal-is-deleted"] = [Tool("The \"go frob\" subcommand is deleted.")],
        ["removal-also-gone"] = [Tool("The Frobnicate and Defrobnicate helpers are also gone.")],
        ["removal-has-moved"] = [Tool("The sources of the frob and zap commands have moved to the tools subrepository.")],
        ["removal-is-replaced-by"] = [Tool("The old Frobber field is replaced by the Zapper field.")],
        ["removal-is-renamed"] = [Tool("The FrobInfo type is now named Frob.")],
        ["removal-folded-into"] = [Tool("The old image/frob package has been folded into the image package.")],
        ["removal-now-resides"] = [Tool("The frobcheck command now resides in exp/frobcheck.")],
        ["removal-replaces-old"] = [Tool("The new Zap function replaces the old Frob and Defrob functions.")],
        ["removal-no-longer-has-member"] = [Tool("The *frob.Writer type no longer has a Flush method.")],
        ["removal-there-is-no-longer"] = [Tool("There are no longer status constants such as EFROB in the package.")],
        ["removal-cannot-anymore"] = [Tool("Frob mode can't be turned off via the environment anymore.")],
        ["removal-not-in-distributions"] = [Tool("The packages under the frob directory will not be available in the standard binary distributions.")],
    };

    public static Example ForTool(string sentence) => Tool(sentence);

    public static Example ForLibrary(string sentence, string component = "net/frob") => Lib(sentence, component);
}
