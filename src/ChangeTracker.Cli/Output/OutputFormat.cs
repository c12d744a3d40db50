namespace ChangeTracker.Cli.Output;

public enum OutputFormat
{
    Table,
    Json,
    Csv,
    Md,
    Html,
}
