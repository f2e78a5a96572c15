namespace DeploymentWatch.Application.Commands;

/// <summary>
/// How one front end wants a command run: how long it may wait for the answer (the platform's budget), whether a
/// reply may travel in the immediate answer at all (a Discord HTTP response cannot carry a chart, for instance),
/// and how to send the reply later when the command outruns the budget.
/// </summary>
/// <param name="Budget">How long the front end can wait before it must acknowledge (Discord 3 s, Slack 3 s, less margin).</param>
/// <param name="AnswersAtOnce">False for a reply that must go out as a follow-up even when it came in time.</param>
/// <param name="FollowUp">Sends a reply that missed the immediate answer; runs on the runner's stopping token.</param>
public sealed record CommandRun(
    TimeSpan Budget,
    Func<CommandReply, bool> AnswersAtOnce,
    Func<CommandReply, CancellationToken, Task> FollowUp);
