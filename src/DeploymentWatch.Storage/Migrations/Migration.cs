namespace DeploymentWatch.Storage.Migrations;

/// <summary>One numbered schema step; <see cref="Sql"/> is a constant script of this assembly, never built from input.</summary>
internal sealed record Migration(int Version, string Description, string Sql);
