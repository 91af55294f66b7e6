using System.Diagnostics;

namespace Strait.Cli.Tests;

/// <summary>
/// The real <c>strait</c> program run as a separate process (<c>dotnet strait.dll ...</c>, the build of Strait.Cli
/// that lies next to the test assembly), with its output redirected and each line of standard output handed to a
/// callback as it comes.
/// </summary>
internal sealed class StraitProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly List<string> _error = [];

    private StraitProcess(Process process) => _process = process;

    /// <summary>
    /// Starts <c>strait</c> with <paramref name="args"/>. <paramref name="killWhen"/> sees each output line as it
    /// comes (on another thread); the first time it says yes, the process tree is killed there and then, with no
    /// wait for another thread to wake.
    /// </summary>
    public static StraitProcess Start(IEnumerable<string> args, Func<string, bool>? killWhen = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "strait.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var started = new StraitProcess(new Process { StartInfo = start });
        started._process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lock (started._output)
                {
                    started._output.Add(line);
                }

                if (killWhen is not null && !started.KilledEarly && killWhen(line))
                {
                    started.KilledEarly = !started._process.HasExited;
                    started._process.Kill(entireProcessTree: true);
                }
            }
        };
        started._process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lock (started._error)
                {
                    started._error.Add(line);
                }
            }
        };
        started._process.Start();
        started._process.BeginOutputReadLine();
        started._process.BeginErrorReadLine();
        return started;
    }

    /// <summary>Runs <c>strait</c> to its end and returns its exit code and output.</summary>
    public static (int ExitCode, string Output, string Error) Run(TimeSpan timeout, params string[] args)
    {
        using var process = Start(args);
        var exit = process.WaitForExit(timeout);
        return (exit, process.Output, process.Error);
    }

    /// <summary>True when <c>killWhen</c> said yes while the program was still running.</summary>
    public bool KilledEarly { get; private set; }

    /// <summary>Waits (up to <paramref name="timeout"/>) for the program to end however it ends; false when it is still running.</summary>
    public bool WaitForEnd(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            return false;
        }

        _process.WaitForExit();
        return true;
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_error)
            {
                return string.Join('\n', _error);
            }
        }
    }

    /// <summary>Waits for the program to end (killing it after <paramref name="timeout"/>) and returns its exit code.</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            KillHard();
            throw new TimeoutException($"strait did not finish within {timeout}. Output so far:\n{Output}\n{Error}");
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Kills the program and everything it started at once, with no chance to clean up, and waits until it is gone.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            KillHard();
        }

        _process.Dispose();
    }
}
