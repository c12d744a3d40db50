using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ChangeTracker.Storage.Tests;

/// <summary>
/// The compiled model of each provider must describe the same tables, columns, keys, indexes and relationships as the
/// model EF builds from the configurations; when a configuration changes, regenerate it (README: compiled models).
/// </summary>
public sealed class CompiledModelsTests
{
    public static TheoryData<string> Providers => [nameof(DatabaseProvider.Sqlite), nameof(DatabaseProvider.PostgreSql)];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Each_provider_opens_contexts_with_the_compiled_model_of_its_migrations_assembly(string provider)
    {
        var target = TargetOf(provider);
        using var db = new ChangeTrackerDbContext(StorageSetup.Options(target));

        var compiled = CompiledModels.For(target);

        Assert.NotNull(compiled);
        Assert.Equal(target.MigrationsAssembly, compiled.GetType().Assembly.GetName().Name);
        Assert.Same(compiled, db.Model);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_compiled_model_matches_the_model_built_from_the_configurations(string provider)
    {
        using var db = new ChangeTrackerDbContext(StorageSetup.Options(TargetOf(provider)));
        var built = db.GetService<IDesignTimeModel>().Model;

        var (expected, compiled) = (Describe(built), Describe(db.Model));

        Assert.True(expected.SequenceEqual(compiled), $"the compiled {provider} model is stale: regenerate it (README, compiled models).\n"
            + $"only in the configurations: {string.Join("; ", expected.Except(compiled))}\nonly in the compiled model: {string.Join("; ", compiled.Except(expected))}");
    }

    [Fact]
    public void The_description_tells_the_providers_apart()
    {
        using var sqlite = new ChangeTrackerDbContext(StorageSetup.Options(TargetOf(nameof(DatabaseProvider.Sqlite))));
        using var postgres = new ChangeTrackerDbContext(StorageSetup.Options(TargetOf(nameof(DatabaseProvider.PostgreSql))));

        Assert.NotEqual(Describe(sqlite.Model), Describe(postgres.Model));
    }

    private static DatabaseTarget TargetOf(string provider) => provider == nameof(DatabaseProvider.PostgreSql)
        ? DatabaseTarget.PostgreSql("Host=localhost;Database=changetracker_model_check")
        : DatabaseTarget.Sqlite(Path.Combine(Path.GetTempPath(), "changetracker-model-check.db"));

    /// <summary>
    /// One line per entity, property, navigation, and per table, column, key, index and foreign key of the relational
    /// model (what a compiled model keeps of the configuration), sorted: what a stale compiled model would get wrong.
    /// </summary>
    private static List<string> Describe(IModel model)
    {
        var lines = new List<string>();
        foreach (var entity in model.GetEntityTypes())
        {
            lines.Add($"entity {entity.Name}");
            foreach (var p in entity.GetProperties())
                lines.Add($"entity {entity.Name} property {p.Name} {p.ClrType.Name} null={p.IsNullable} generated={p.ValueGenerated} "
                    + $"converter={p.GetValueConverter()?.GetType().Name} mapping={p.GetTypeMapping().GetType().Name}");
            foreach (var navigation in entity.GetNavigations())
                lines.Add($"entity {entity.Name} navigation {navigation.Name} -> {navigation.TargetEntityType.Name} collection={navigation.IsCollection}");
        }
        foreach (var table in model.GetRelationalModel().Tables)
        {
            var name = $"table {table.Schema}.{table.Name}";
            lines.Add($"{name} entities {string.Join(", ", table.EntityTypeMappings.Select(m => m.TypeBase.Name).Order(StringComparer.Ordinal))}");
            foreach (var c in table.Columns)
                lines.Add($"{name} column {c.Name} {c.StoreType} null={c.IsNullable}");
            if (table.PrimaryKey is { } key) lines.Add($"{name} primary key {key.Name} ({Columns(key.Columns)})");
            foreach (var unique in table.UniqueConstraints)
                lines.Add($"{name} unique {unique.Name} ({Columns(unique.Columns)})");
            foreach (var index in table.Indexes)
                lines.Add($"{name} index {index.Name} ({Columns(index.Columns)}) unique={index.IsUnique} filter={index.Filter}");
            foreach (var fk in table.ForeignKeyConstraints)
                lines.Add($"{name} foreign key {fk.Name} ({Columns(fk.Columns)}) -> {fk.PrincipalTable.Name} ({Columns(fk.PrincipalColumns)}) "
                    + $"delete={fk.OnDeleteAction}");
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static string Columns(IEnumerable<IColumnBase> columns) => string.Join(", ", columns.Select(c => c.Name));
}
