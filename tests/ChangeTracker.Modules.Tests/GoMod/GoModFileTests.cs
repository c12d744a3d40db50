using ChangeTracker.Modules.GoMod;

namespace ChangeTracker.Modules.Tests.GoMod;

public sealed class GoModFileTests
{
    [Fact]
    public void Reads_module_go_toolchain_and_godebug_lines_and_blocks()
    {
        const string text = """
            // comment with go 1.99 inside
            module "example.com/m" // quoted

            go 1.22.1
            toolchain go1.23.4

            godebug default=go1.21
            godebug (
            	tlsrsakex=1 // why
            	// a comment line
            	x509sha1=1
            )

            require (
            	golang.org/x/net v0.1.0
            	go 1.5 // not a directive inside a block
            )
            """;

        var mod = GoModFile.Parse("go.mod", text.Replace("\n", "\r\n"));

        Assert.Equal("example.com/m", mod.Module);
        Assert.Equal("1.22.1", mod.Go);
        Assert.Equal("go1.23.4", mod.Toolchain);
        Assert.Equal(["default=go1.21", "tlsrsakex=1", "x509sha1=1"], mod.Godebug.Select(g => $"{g.Key}={g.Value}"));
        Assert.All(mod.Godebug, g => Assert.Equal("go.mod", g.Where));
    }

    [Fact]
    public void A_go_work_file_is_read_the_same_way()
    {
        var work = GoModFile.Parse("go.work", "go 1.23\n\nuse (\n\t./a\n)\ngodebug asynctimerchan=1\n");

        Assert.Null(work.Module);
        Assert.Equal("1.23", work.Go);
        Assert.Equal("go.work", Assert.Single(work.Godebug).Where);
    }

    [Fact]
    public void Nonsense_lines_are_skipped()
    {
        var mod = GoModFile.Parse("go.mod", "godebug =1\ngodebug novalue\n)\n(\nmodule m\n");

        Assert.Empty(mod.Godebug);
        Assert.Null(mod.Go);
    }
}
