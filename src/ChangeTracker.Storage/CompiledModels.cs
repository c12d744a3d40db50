using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ChangeTracker.Storage;

/// <summary>
/// The compiled EF model of each provider, generated into its migrations assembly by `dotnet ef dbcontext optimize`
/// (see README) and found there through the <see cref="DbContextModelAttribute"/> the tool writes — so Storage needs
/// no reference to the migrations projects. A context given this model skips building it (most of a CLI command's
/// start-up). Null when that assembly is not deployed or holds no compiled model: EF then builds the model as before.
/// </summary>
public static class CompiledModels
{
    private static readonly ConcurrentDictionary<string, IModel?> ByAssembly = new(StringComparer.Ordinal);

    public static IModel? For(DatabaseTarget target) => ByAssembly.GetOrAdd(target.MigrationsAssembly, Load);

    private static IModel? Load(string assemblyName)
    {
        Assembly assembly;
        try
        {
            assembly = Assembly.Load(new AssemblyName(assemblyName));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        var modelType = assembly.GetCustomAttributes<DbContextModelAttribute>()
            .FirstOrDefault(a => a.ContextType == typeof(ChangeTrackerDbContext))?.ModelType;
        return modelType?.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IModel;
    }
}
