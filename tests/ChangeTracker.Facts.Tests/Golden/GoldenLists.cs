using ChangeTracker.Domain.Facts;
using static ChangeTracker.Domain.Facts.FactKind;

namespace ChangeTracker.Facts.Tests.Golden;

/// <summary>
/// Our own lists of the port, OS-support, removal and deprecation facts of several releases, compiled by reading
/// the notes (our words, structured data). A release's list holds every such fact whose version is that release.
/// </summary>
public static class GoldenLists
{
    private static GoldenFact Added(string v, string port) => new(PortAdded, v, port);
    private static GoldenFact Dropped(string v, string port, string? announced = null) => new(PortRemoved, v, port, announced);
    private static GoldenFact Os(string v, string level, string? announced = null) => new(OsSupportEnded, v, level, announced);
    private static GoldenFact Removed(string v, string words, string? announced = null) => new(Removal, v, words, announced);
    private static GoldenFact Deprecated(string v, string words) => new(Deprecation, v, words);

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<GoldenFact>> ByRelease = new Dictionary<string, IReadOnlyList<GoldenFact>>
    {
        ["1.10"] =
        [
            Os("1.10", "FreeBSD 9.3", "1.9"),
            Os("1.10", "NetBSD <8"),
        ],
        ["1.12"] =
        [
            Added("1.12", "aix/ppc64"),
            Added("1.12", "windows/arm"),
            Removed("1.12", "go tool vet"),
            Removed("1.12", "-shadow"),
            Removed("1.12", "tour"),
            Removed("1.12", "GOCACHE=off", "1.11"),
            Removed("1.12", "godoc command-line", "1.11"),
            Removed("1.12", "mangled C names"),
            Removed("1.12", "safe compiler mode"),
            Deprecated("1.12", "Dialer.DualStack"),
            Deprecated("1.12", "regexp Copy"),
        ],
        ["1.13"] =
        [
            Added("1.13", "illumos/amd64"),
            Os("1.13", "macOS 10.10", "1.12"),
            Os("1.13", "FreeBSD 10.x", "1.12"),
            Removed("1.13", "binary-only packages", "1.12"),
            Removed("1.13", "godoc webserver", "1.12"),
            Removed("1.13", "-m flag"),
            Deprecated("1.13", "SSL version 3.0"),
            Deprecated("1.13", "tls13=0"),
            Deprecated("1.13", "old escape analysis"),
            Deprecated("1.13", "space-separated"),
        ],
        ["1.14"] =
        [
            Added("1.14", "linux/riscv64"),
            Added("1.14", "freebsd/arm64"),
            Dropped("1.14", "nacl/386", "1.13"),
            Dropped("1.14", "nacl/amd64p32", "1.13"),
            Dropped("1.14", "nacl/arm", "1.13"),
            Removed("1.14", "SSL version 3.0", "1.13"),
            Removed("1.14", "Next Protocol Negotiation"),
            Removed("1.14", "-mod flag"),
            Deprecated("1.14", "NameToCertificate field"),
            Deprecated("1.14", "BuildNameToCertificate"),
            Deprecated("1.14", "DialTLS"),
        ],
        ["1.15"] =
        [
            Dropped("1.15", "darwin/386", "1.14"),
            Dropped("1.15", "darwin/arm", "1.14"),
            Os("1.15", "macOS 10.11", "1.14"),
            Removed("1.15", "identity Transfer-Encoding"),
            Deprecated("1.15", "CommonName"),
        ],
        ["1.16"] =
        [
            Added("1.16", "darwin/arm64"),
            Added("1.16", "ios/amd64"),
            Added("1.16", "ios/arm64"),
            Added("1.16", "netbsd/arm64"),
            Added("1.16", "openbsd/mips64"),
            Os("1.16", "386 x87", "1.15"),
            Removed("1.16", "DSA signature verification"),
            Deprecated("1.16", "-insecure"),
            Deprecated("1.16", "-i flag"),
            Deprecated("1.16", "crypto/dsa"),
            Deprecated("1.16", "x509ignoreCN=0"),
            Deprecated("1.16", "go get build install"),
            Deprecated("1.16", "io/ioutil"),
        ],
        ["1.17"] =
        [
            Added("1.17", "windows/arm64"),
            Os("1.17", "macOS 10.12", "1.16"),
            Removed("1.17", "-insecure", "1.16"),
            Removed("1.17", "x509ignoreCN=0", "1.16"),
            Deprecated("1.17", "GetQueuedCompletionStatus PostQueuedCompletionStatus"),
        ],
        ["1.21"] =
        [
            Added("1.21", "wasip1/wasm"),
            Os("1.21", "Windows 7", "1.20"),
            Os("1.21", "Windows 8", "1.20"),
            Os("1.21", "Windows Server 2008", "1.20"),
            Os("1.21", "Windows Server 2012", "1.20"),
            Os("1.21", "macOS 10.13", "1.20"),
            Os("1.21", "macOS 10.14", "1.20"),
            Removed("1.21", "cgocheck=2"),
            Deprecated("1.21", "Curve methods"),
            Deprecated("1.21", "GenerateMultiPrimeKey"),
            Deprecated("1.21", "RevokedCertificates"),
            Deprecated("1.21", "SliceHeader StringHeader"),
        ],
    };

    public static readonly FactKind[] Kinds = [PortAdded, PortRemoved, OsSupportEnded, Removal, Deprecation];
}
