using DeploymentWatch.Domain.Messages;

namespace DeploymentWatch.Application.Delivery;

/// <summary>One story waiting in a backlog: the topic it is listed under, its latest version and how many later reports joined it.</summary>
public sealed record BacklogStory(string Topic, MessageDocument Document, int LaterReports);
