namespace ChangeTracker.Testing;

/// <summary>
/// Go modules written for the upgrade-check tests (tests/ChangeTracker.Testing/ModuleFixtures): "legacy" (go 1.12, old
/// +build lines, cgo, removed-port suffixes), "modern" (go 1.22, godebug block, go.work, //go:debug, go:linkname,
/// windows/arm and freebsd/riscv64 files) and "clean" (go 1.26, fmt and strings only).
/// </summary>
public static class ModuleFixtures
{
    public static string Path(string name) =>
        System.IO.Path.Combine(GoSite.RepositoryRoot, "tests", "ChangeTracker.Testing", "ModuleFixtures", name);
}
