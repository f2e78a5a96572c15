namespace DeploymentWatch.Domain.Messages;

/// <summary>A labelled value of a <see cref="MessageDocument"/>; <paramref name="Inline"/> lets renderers lay fields side by side.</summary>
public sealed record MessageField(string Name, string Value, bool Inline = false);
