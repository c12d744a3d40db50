using ChangeTracker.Application.Checks;
using ChangeTracker.Domain.Versions;
using ChangeTracker.Modules.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace ChangeTracker.Bench;

/// <summary>
/// The upgrade check of a generated 5,000-file module (see <see cref="GeneratedModule"/>): reading it as text, and the
/// whole check from its go line (1.12) to 1.27 over the stored facts, each per 1,000 files, against a baseline of
/// reading every file's bytes (the least any reader must do).
/// </summary>
public static class CheckBench
{
    public const int Files = 5000;

    public static async Task RunAsync(IServiceProvider services, BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var root = Path.Combine(Path.GetTempPath(), "changetracker-bench-module", Guid.NewGuid().ToString("n"));
        GeneratedModule.Write(root, Files);
        try
        {
            var checks = services.GetRequiredService<CheckUseCase>();
            var readBytes = await Measure.MedianAsync(options.Runs, async () =>
            {
                foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
                    await File.ReadAllBytesAsync(file, cancellationToken);
            });
            var read = await Measure.MedianAsync(options.Runs, () => Task.FromResult(ModuleReader.Read(ModuleSources.FromDirectory(root))));
            var findings = 0;
            var check = await Measure.MedianAsync(options.Runs, async () =>
            {
                var request = new CheckRequest(ModuleSources.FromDirectory(root), null, GoVersion.Parse("1.27"), []);
                findings = (await checks.CheckAsync(request, cancellationToken)).Findings.Count;
            });
            var perThousand = Files / 1000.0;
            await output.WriteLineAsync($"check: generated module of {Files} .go files ({Directory.EnumerateFiles(root, "*.go", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1024 / 1024} MiB), {findings} findings for 1.12 → 1.27");
            await BenchRunner.Row(output, "baseline C: read every file's bytes (median)", readBytes, null);
            await BenchRunner.Row(output, $"read + tokenize module, {Files} files (median)", read, readBytes);
            await BenchRunner.Row(output, "  … per 1,000 files", read / perThousand, readBytes / perThousand);
            await BenchRunner.Row(output, $"whole check 1.12 → 1.27, {Files} files (median)", check, readBytes);
            await BenchRunner.Row(output, "  … per 1,000 files", check / perThousand, readBytes / perThousand);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
