using ChangeTracker.Modules.Source;

namespace ChangeTracker.Modules.Tests.Source;

public sealed class BuildConstraintTests
{
    [Theory]
    [InlineData("//go:build linux", "linux")]
    [InlineData("//go:build darwin && 386", "darwin/386")]
    [InlineData("//go:build (freebsd && riscv64) || windows", "freebsd/riscv64 windows")]
    [InlineData("//go:build !windows", "")]
    [InlineData("//go:build !(linux || darwin)", "")]
    [InlineData("//go:build linux && !cgo", "linux")]
    [InlineData("//go:build !linux && !(arm || 386)", "")]
    [InlineData("//go:build linux && windows", "")]
    [InlineData("//go:build go1.18 && amd64", "amd64")]
    [InlineData("//go:build ignore", "")]
    public void Go_build_lines_name_the_platforms_they_can_be_true_for(string line, string expected)
    {
        Assert.Equal(expected, string.Join(' ', BuildConstraint.PlatformsOfGoBuild(line)));
    }

    [Theory]
    [InlineData("// +build darwin,386", "darwin/386")]
    [InlineData("// +build linux darwin", "linux darwin")]
    [InlineData("// +build !windows,!plan9", "")]
    [InlineData("//+build nacl,amd64p32 js", "nacl/amd64p32 js")]
    public void Plus_build_lines_use_spaces_for_or_and_commas_for_and(string line, string expected)
    {
        Assert.True(BuildConstraint.IsPlusBuild(line));
        Assert.Equal(expected, string.Join(' ', BuildConstraint.PlatformsOfPlusBuild(line)));
    }

    [Theory]
    [InlineData("// +building a house", false)]
    [InlineData("//go:buildx linux", false)]
    [InlineData("//go:build linux", true)]
    public void Only_real_constraint_lines_count(string line, bool isConstraint)
    {
        Assert.Equal(isConstraint, BuildConstraint.IsGoBuild(line) || BuildConstraint.IsPlusBuild(line));
    }

    [Theory]
    [InlineData("sys_darwin_386.go", "darwin/386")]
    [InlineData("sys_nacl_amd64p32.go", "nacl/amd64p32")]
    [InlineData("x_windows.go", "windows")]
    [InlineData("x_windows_test.go", "windows")]
    [InlineData("x_amd64.go", "amd64")]
    [InlineData("dir/clock_wasip1.go", "wasip1")]
    [InlineData("linux.go", "")]
    [InlineData("x_test.go", "")]
    [InlineData("x_linux_unknown.go", "")]
    [InlineData("x_mips64p32le.go", "mips64p32le")]
    public void File_name_suffixes_follow_the_go_command(string name, string expected)
    {
        Assert.Equal(expected, FileNameConstraint.Of(name)?.ToString() ?? "");
    }

    [Fact]
    public void Test_files_are_recognised()
    {
        Assert.True(FileNameConstraint.IsTest("pkg/x_linux_test.go"));
        Assert.False(FileNameConstraint.IsTest("pkg/x_linux.go"));
    }
}
