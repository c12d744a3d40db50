using ChangeTracker.Bench;

// dotnet run -c Release --project src/ChangeTracker.Bench -- [--source ../shared/go-site] [--runs 9]
var options = BenchOptions.Parse(args);
return await BenchRunner.RunAsync(options, Console.Out, CancellationToken.None);
