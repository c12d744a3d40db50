using System.Text;

namespace ChangeTracker.Bench;

/// <summary>
/// Writes a synthetic Go module of N files into a folder: packages of 50 files, each file ~80 lines with grouped,
/// aliased, dot and blank imports of standard packages, selectors and composite literals, comments and raw strings
/// that look like imports; every 10th file has a build constraint or a port suffix, every 50th uses cgo.
/// </summary>
public static class GeneratedModule
{
    private static readonly (string Path, string Use)[] Packages =
    [
        ("crypto/tls", "tls.Config{MinVersion: tls.VersionTLS12}"), ("net/http", "http.Client{Timeout: 0}"), ("io/ioutil", "ioutil.ReadAll"),
        ("math/rand", "rand.Intn"), ("os", "os.Getenv"), ("fmt", "fmt.Sprintf"), ("strings", "strings.TrimSpace"), ("time", "time.NewTimer"),
        ("net", "net.Dialer{DualStack: true}"), ("encoding/json", "json.Marshal"), ("context", "context.Background"), ("sync", "sync.Mutex{}"),
        ("crypto/x509", "x509.ParseCertificate"), ("go/types", "types.Universe"), ("runtime", "runtime.NumGoroutine"), ("path/filepath", "filepath.Join"),
    ];

    private static readonly string[] Suffixes = ["_linux.go", "_windows_arm.go", "_darwin_386.go", "_freebsd_riscv64.go", "_wasip1.go"];

    public static void Write(string root, int files)
    {
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "go.mod"), "module example.com/generated\n\ngo 1.12\n\ngodebug (\n\ttlsrsakex=1\n\tx509sha1=1\n)\n");
        for (var i = 0; i < files; i++)
        {
            var dir = Path.Combine(root, $"pkg{i / 50:D3}");
            Directory.CreateDirectory(dir);
            var suffix = i % 10 == 9 ? Suffixes[i / 10 % Suffixes.Length] : ".go";
            File.WriteAllText(Path.Combine(dir, $"file{i:D5}{suffix}"), Source(i));
        }
    }

    private static string Source(int i)
    {
        var s = new StringBuilder();
        s.Append("// Code for the benchmark; it mentions import \"os/exec\" only in a comment.\n\n");
        if (i % 20 == 3) s.Append("// +build linux,amd64\n\n");
        if (i % 20 == 13) s.Append("//go:build (linux && arm64) || (darwin && !cgo)\n\n");
        s.Append($"package pkg{i / 50:D3}\n\nimport (\n");
        var picked = Enumerable.Range(0, 5).Select(k => Packages[(i * 7 + k * 3) % Packages.Length]).DistinctBy(p => p.Path).ToList();
        foreach (var (path, _) in picked) s.Append('\t').Append(i % 7 == 0 && path == "net" ? "stdnet " : "").Append('"').Append(path).Append("\"\n");
        if (i % 11 == 0) s.Append("\t_ \"embed\"\n");
        s.Append(")\n");
        if (i % 50 == 25) s.Append("\n// #include <stdlib.h>\nimport \"C\"\n");
        s.Append("\nconst doc = `\nimport \"net/smtp\"\n`\n\n");
        for (var f = 0; f < 8; f++)
        {
            s.Append($"// F{f} does something with {picked[f % picked.Count].Path}.\nfunc F{i}_{f}(x int) (string, error) {{\n");
            foreach (var (path, use) in picked)
            {
                var local = i % 7 == 0 && path == "net" ? use.Replace("net.", "stdnet.", StringComparison.Ordinal) : use;
                s.Append($"\t_ = {local}\n");
            }
            s.Append("\tif x > 0 {\n\t\treturn \"a \\\"quoted\\\" string\", nil /* block comment */\n\t}\n\treturn 'r' + \"\", nil\n}\n\n");
        }
        return s.ToString();
    }
}
