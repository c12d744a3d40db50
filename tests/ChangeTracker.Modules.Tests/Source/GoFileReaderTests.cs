using ChangeTracker.Modules.Source;

namespace ChangeTracker.Modules.Tests.Source;

public sealed class GoFileReaderTests
{
    private const string Tricky = """
        // Copyright notice mentioning import "os/exec" in a comment.

        //go:build linux && (amd64 || arm64)
        // +build linux
        // +build amd64 arm64

        //go:debug panicnil=1
        /* import "syscall" in a block comment */
        package server // import "example.com/server"

        import "fmt"
        import (
        	"crypto/tls" // TLS
        	stdnet "net"
        	. "strings"
        	_ "embed"
        	mrand "math/rand/v2"
        	`io/ioutil`
        	/* "os" commented out */
        )
        import "C"

        const snippet = `
        import "net/http"
        `

        var templ = "import \"os/signal\""

        //go:linkname now time.now
        func now() (int64, int32)

        func Serve() {
        	cfg := &tls.Config{MinVersion: tls.VersionTLS12, NextProtos: []string{"h2"}}
        	d := stdnet.Dialer{DualStack: true, Timeout: 0}
        	_ = cfg.ServerName
        	b, _ := ioutil.ReadAll(nil)
        	fmt.Println(ToUpper(string(b)), mrand.IntN(3), d.LocalAddr.Network())
        	// tls.Certificate in a comment is not a use
        	_ = "tls.Dialer in a string is not a use"
        	_ = C.int(0)
        }
        """;

    private static readonly GoSourceFile File = GoFileReader.Read("server/serve_linux.go", Tricky);

    [Fact]
    public void Imports_come_from_import_specs_only_in_every_form()
    {
        Assert.Equal(
            ["fmt", "crypto/tls", "net", "strings", "embed", "math/rand/v2", "io/ioutil", "C"],
            File.Imports.Select(i => i.Path));
        Assert.Equal(ImportForm.Alias, File.Imports.Single(i => i.Path == "net").Form);
        Assert.Equal("stdnet", File.Imports.Single(i => i.Path == "net").LocalName);
        Assert.Equal(ImportForm.Dot, File.Imports.Single(i => i.Path == "strings").Form);
        Assert.Equal(ImportForm.Blank, File.Imports.Single(i => i.Path == "embed").Form);
        Assert.Equal("mrand", File.Imports.Single(i => i.Path == "math/rand/v2").LocalName);
        Assert.DoesNotContain(File.Imports, i => i.Path is "os" or "os/exec" or "syscall" or "net/http" or "os/signal");
    }

    [Fact]
    public void The_package_clause_and_cgo_are_read()
    {
        Assert.Equal("server", File.Package);
        Assert.True(File.UsesCgo);
        Assert.False(File.Imports.Single(i => i.Path == "C").IsStandard);
    }

    [Fact]
    public void Selectors_through_plain_and_aliased_names_with_composite_literal_keys()
    {
        Assert.Contains("crypto/tls.Config", File.Selectors);
        Assert.Contains("crypto/tls.Config.MinVersion", File.Selectors);
        Assert.Contains("crypto/tls.Config.NextProtos", File.Selectors);
        Assert.Contains("crypto/tls.VersionTLS12", File.Selectors);
        Assert.Contains("net.Dialer", File.Selectors);
        Assert.Contains("net.Dialer.DualStack", File.Selectors);
        Assert.Contains("io/ioutil.ReadAll", File.Selectors);
        Assert.Contains("math/rand/v2.IntN", File.Selectors);
        Assert.Contains("fmt.Println", File.Selectors);
        Assert.DoesNotContain("crypto/tls.Certificate", File.Selectors);
        Assert.DoesNotContain("crypto/tls.Dialer", File.Selectors);
        Assert.DoesNotContain(File.Selectors, s => s.StartsWith("C.", StringComparison.Ordinal));
    }

    [Fact]
    public void Members_are_names_selected_on_values()
    {
        Assert.Contains("ServerName", File.Members);
        Assert.Contains("LocalAddr", File.Members);
        Assert.Contains("Network", File.Members);
        Assert.DoesNotContain("Config", File.Members);
    }

    [Fact]
    public void Header_comments_give_constraints_godebug_and_directives()
    {
        Assert.Equal("//go:build linux && (amd64 || arm64)", File.GoBuild);
        Assert.Equal(2, File.PlusBuild.Count);
        Assert.Equal([new PlatformName("linux", "amd64"), new PlatformName("linux", "arm64")], File.ConstraintPlatforms);
        var setting = Assert.Single(File.Godebug);
        Assert.Equal(("panicnil", "1"), (setting.Key, setting.Value));
        Assert.Contains("go:linkname", File.Directives);
        Assert.Equal(new PlatformName("linux", null), File.FileNamePlatform);
    }

    [Fact]
    public void Directives_after_the_package_clause_are_not_constraints()
    {
        var file = GoFileReader.Read("a.go", "package a\n\n//go:build windows\n// +build windows\n//go:debug x=1\n");

        Assert.Null(file.GoBuild);
        Assert.Empty(file.PlusBuild);
        Assert.Empty(file.Godebug);
        Assert.Empty(file.ConstraintPlatforms);
    }

    [Fact]
    public void A_file_without_a_package_clause_is_still_read()
    {
        var file = GoFileReader.Read("broken.go", "import \"os\"\nfunc f( {");

        Assert.Null(file.Package);
        Assert.Empty(file.Imports);
    }

    [Fact]
    public void A_shadowing_selector_after_a_dot_is_not_a_package_use()
    {
        var file = GoFileReader.Read("a.go", "package a\nimport \"os\"\nfunc f(x T) { _ = x.os.Exit; os.Exit(1) }");

        Assert.Equal(["os.Exit"], file.Selectors.Order());
    }
}
