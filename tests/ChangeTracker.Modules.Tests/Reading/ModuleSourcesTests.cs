using System.IO.Compression;
using System.Text;
using ChangeTracker.Modules.Reading;
using ChangeTracker.Testing;

namespace ChangeTracker.Modules.Tests.Reading;

public sealed class ModuleSourcesTests
{
    [Fact]
    public void A_folder_gives_go_mod_go_work_and_go_files_but_skips_vendor_testdata_and_hidden_folders()
    {
        var root = Directory.CreateTempSubdirectory("changetracker-module-").FullName;
        try
        {
            Write(root, "go.mod", "module m\n\ngo 1.21\n");
            Write(root, "go.work", "go 1.21\n");
            Write(root, "a.go", "package m");
            Write(root, "sub/b.go", "package sub");
            Write(root, "vendor/x/c.go", "package x");
            Write(root, "testdata/d.go", "package d");
            Write(root, ".git/e.go", "package e");
            Write(root, "_old/f.go", "package f");
            Write(root, "swig/lib.swig", "%module lib");

            var module = ModuleSources.FromDirectory(root);

            Assert.Equal("module m\n\ngo 1.21\n", module.GoMod);
            Assert.NotNull(module.GoWork);
            Assert.Equal(["a.go", "sub/b.go"], module.Files.Select(f => f.Path));
            Assert.Equal(["swig/lib.swig"], module.OtherFiles);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_zip_with_one_top_folder_is_read_from_that_folder()
    {
        using var zip = Zip(("mod/go.mod", "module m\ngo 1.20\n"), ("mod/x.go", "package m"), ("mod/vendor/v.go", "package v"));

        var module = ModuleSources.FromZip(zip);

        Assert.NotNull(module.GoMod);
        Assert.Equal(["x.go"], module.Files.Select(f => f.Path));
    }

    [Fact]
    public void What_is_not_a_zip_is_refused_in_one_sentence()
    {
        using var notZip = new MemoryStream(Encoding.UTF8.GetBytes("module m"));

        var e = Assert.Throws<ModuleReadException>(() => ModuleSources.FromZip(notZip));

        Assert.Equal("The upload is not a zip archive.", e.Message);
    }

    [Fact]
    public void Limits_refuse_too_many_files_and_too_many_bytes()
    {
        var files = Enumerable.Range(0, 5).ToDictionary(i => $"f{i}.go", _ => "package m");

        Assert.Contains("more than 3 .go files", Assert.Throws<ModuleReadException>(() =>
            ModuleSources.FromText("go 1.20", null, files, new ModuleLimits(3, 1000, 10_000))).Message);
        Assert.Contains("larger than", Assert.Throws<ModuleReadException>(() =>
            ModuleSources.FromText(null, null, new Dictionary<string, string> { ["big.go"] = new string('x', 2_000_000) }, new ModuleLimits(10, 1024 * 1024, 10_000_000))).Message);
        using var bomb = Zip(("a.go", new string('x', 5000)), ("b.go", new string('y', 5000)));
        Assert.Contains("add up to more than", Assert.Throws<ModuleReadException>(() => ModuleSources.FromZip(bomb, new ModuleLimits(10, 1024 * 1024, 8000))).Message);
    }

    [Fact]
    public void Pasted_files_in_the_txtar_form_are_split_by_their_header_lines()
    {
        var files = ModuleSources.ParseTxtar("ignored preamble\n-- main.go --\npackage main\n\n-- sub/x_linux.go --\r\npackage sub\n");

        Assert.Equal(["main.go", "sub/x_linux.go"], files.Keys);
        Assert.Equal("package main\n\n", files["main.go"]);
    }

    [Fact]
    public void Paths_that_climb_out_of_the_module_are_ignored()
    {
        var module = ModuleSources.FromText("go 1.20", null, new Dictionary<string, string> { ["../evil.go"] = "package x", ["ok.go"] = "package m" });

        Assert.Equal(["ok.go"], module.Files.Select(f => f.Path));
    }

    [Fact]
    public void The_legacy_fixture_reads_into_platforms_cgo_plus_build_and_imports()
    {
        var module = ModuleReader.Read(ModuleSources.FromDirectory(ModuleFixtures.Path("legacy")));

        Assert.Equal("1.12", module.GoLine);
        Assert.Equal(["cgo_linux.go"], module.CgoFiles);
        Assert.Equal(["cgo_linux.go", "sys_darwin_386.go"], module.PlusBuildFiles);
        Assert.Contains(module.Platforms, m => m.Platform.Port == "nacl/amd64p32" && m.BySuffix);
        Assert.Contains(module.Platforms, m => m.Platform.Port == "darwin/386" && !m.BySuffix);
        Assert.Contains(module.Platforms, m => m.Platform.Goos == "wasip1" && m.File == "clock_wasip1.go");
        Assert.Equal(["crypto/tls", "fmt", "io/ioutil", "math/rand", "net", "net/http/pprof", "os", "strings", "testing"], module.StandardImports.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("os/signal", module.StandardImports.Keys);
        Assert.Equal(["golang.org/x/sys/unix"], module.NonStandardImports);
        Assert.Equal(["main.go"], module.DotImports["strings"]);
        Assert.Contains("net.Dialer.DualStack", module.Selectors.Keys);
        Assert.DoesNotContain("io/ioutil.WriteFile", module.Selectors.Keys);
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static MemoryStream Zip(params (string Path, string Text)[] entries)
    {
        var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, text) in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(path).Open());
                writer.Write(text);
            }
        }
        stream.Position = 0;
        return stream;
    }
}
