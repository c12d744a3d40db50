using ChangeTracker.Testing;
using ChangeTracker.Web.Tests.Support;

namespace ChangeTracker.Web.Tests.Api;

// The API test classes again, over the same ingestion stored in PostgreSQL (skipped with the reason when there is no server outside CI).

[Collection(IngestedPostgreSqlAppCollection.Name)]
public sealed class SearchAndRunsApiOnPostgreSqlTests(IngestedPostgreSqlWebApp app) : SearchAndRunsApiTests(app), IPostgreSqlTests;

[Collection(IngestedPostgreSqlAppCollection.Name)]
public sealed class VersionsApiOnPostgreSqlTests(IngestedPostgreSqlWebApp app) : VersionsApiTests(app), IPostgreSqlTests;

[Collection(IngestedPostgreSqlAppCollection.Name)]
public sealed class DiffApiOnPostgreSqlTests(IngestedPostgreSqlWebApp app) : DiffApiTests(app), IPostgreSqlTests;

[Collection(IngestedPostgreSqlAppCollection.Name)]
public sealed class FactsApiOnPostgreSqlTests(IngestedPostgreSqlWebApp app) : FactsApiTests(app), IPostgreSqlTests;

[Collection(IngestedPostgreSqlAppCollection.Name)]
public sealed class PlatformsApiOnPostgreSqlTests(IngestedPostgreSqlWebApp app) : PlatformsApiTests(app), IPostgreSqlTests;

[Collection(IngestedPostgreSqlAppCollection.Name)]
public sealed class SizesApiOnPostgreSqlTests(IngestedPostgreSqlWebApp app) : SizesApiTests(app), IPostgreSqlTests;
