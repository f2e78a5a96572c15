using DeploymentWatch.Application.Commands;
using DeploymentWatch.Domain.Messages;
using DeploymentWatch.Domain.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace DeploymentWatch.Application.Tests.Commands;

public sealed class CommandRunnerTests : IAsyncDisposable
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);
    private static readonly CommandRequest Request = new(new ChannelAddress("discord", "1", "2"), "3", false, "figures killed");
    private readonly FakeTimeProvider _time = new();
    private readonly List<CommandReply> _followUps = [];
    private ServiceProvider? _services;

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }

    [Fact]
    public async Task RunAsync_AnswerWithinBudget_ReturnsTheReplyAndSendsNoFollowUp()
    {
        var runner = Runner(new ScriptedCommandService());

        var reply = await runner.RunAsync(Request, Run(), CancellationToken.None);
        await runner.WhenIdleAsync();

        Assert.NotNull(reply);
        Assert.Equal("answer to figures killed", reply.Message.Text);
        Assert.Empty(_followUps);
    }

    [Fact]
    public async Task RunAsync_CommandOutrunsTheBudget_DefersThenFollowsUpWithTheReply()
    {
        var service = new ScriptedCommandService { WaitForRelease = true };
        var runner = Runner(service);

        var running = runner.RunAsync(Request, Run(), CancellationToken.None);
        _time.Advance(Budget);
        var reply = await running;
        Assert.Null(reply);
        Assert.Equal(1, runner.PendingFollowUps);

        service.Release();
        await runner.WhenIdleAsync();
        var followUp = Assert.Single(_followUps);
        Assert.False(followUp.IsError);
        Assert.Equal("answer to figures killed", followUp.Message.Text);
        Assert.Equal(0, runner.PendingFollowUps);
    }

    [Fact]
    public async Task RunAsync_ReplyThatCannotTravelInTheAnswer_GoesToTheFollowUpEvenInTime()
    {
        var runner = Runner(new ScriptedCommandService());

        var reply = await runner.RunAsync(Request, Run(answersAtOnce: false), CancellationToken.None);
        await runner.WhenIdleAsync();

        Assert.Null(reply);
        Assert.Equal("answer to figures killed", Assert.Single(_followUps).Message.Text);
    }

    [Fact]
    public async Task RunAsync_CommandFailsAfterTheDeferral_FollowsUpWithAnErrorReply()
    {
        var service = new ScriptedCommandService { WaitForRelease = true, Throws = true };
        var runner = Runner(service);

        var running = runner.RunAsync(Request, Run(), CancellationToken.None);
        _time.Advance(Budget);
        Assert.Null(await running);
        service.Release();
        await runner.WhenIdleAsync();

        var followUp = Assert.Single(_followUps);
        Assert.True(followUp.IsError);
        Assert.Equal("Something went wrong", followUp.Message.Title);
    }

    [Fact]
    public async Task RunAsync_CommandFailsInTime_AnswersWithAnErrorReplyAtOnce()
    {
        var runner = Runner(new ScriptedCommandService { Throws = true });

        var reply = await runner.RunAsync(Request, Run(), CancellationToken.None);

        Assert.NotNull(reply);
        Assert.True(reply.IsError);
        Assert.Empty(_followUps);
    }

    [Fact]
    public async Task RunAsync_PrepareBuildsTheRequest_TheCommandSeesIt()
    {
        var service = new ScriptedCommandService();
        var runner = Runner(service);

        var reply = await runner.RunAsync(_ => Task.FromResult(Request with { CanManageChannel = true, Text = "status" }), Run(), CancellationToken.None);

        Assert.Equal("answer to status", reply!.Message.Text);
        Assert.True(Assert.Single(service.Requests).CanManageChannel);
    }

    [Fact]
    public async Task StopAsync_FollowUpStillBeingSent_WaitsForIt()
    {
        var runner = Runner(new ScriptedCommandService());
        var sending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = new CommandRun(Budget, _ => false, async (reply, ct) =>
        {
            await sending.Task;
            _followUps.Add(reply);
        });
        Assert.Null(await runner.RunAsync(Request, run, CancellationToken.None));

        var stopping = runner.StopAsync(CancellationToken.None);
        Assert.False(stopping.IsCompleted);
        Assert.Empty(_followUps);

        sending.SetResult();
        await stopping;
        Assert.Single(_followUps);
    }

    [Fact]
    public async Task StopAsync_ShutdownTimeRunsOut_CancelsTheFollowUps()
    {
        var runner = Runner(new ScriptedCommandService());
        var cancelled = false;
        var run = new CommandRun(Budget, _ => false, async (_, ct) =>
        {
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, _time, ct);
            }
            catch (OperationCanceledException)
            {
                cancelled = true;
                throw;
            }
        });
        Assert.Null(await runner.RunAsync(Request, run, CancellationToken.None));

        await runner.StopAsync(new CancellationToken(canceled: true));
        await runner.WhenIdleAsync();
        Assert.True(cancelled);
    }

    private CommandRun Run(bool answersAtOnce = true) => new(Budget, _ => answersAtOnce, (reply, _) =>
    {
        lock (_followUps)
        {
            _followUps.Add(reply);
        }

        return Task.CompletedTask;
    });

    private CommandRunner Runner(ICommandService service)
    {
        _services = new ServiceCollection()
            .AddSingleton(service)
            .AddSingleton<TimeProvider>(_time)
            .AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>))
            .AddCommandRunner()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        return _services.GetRequiredService<CommandRunner>();
    }
}
