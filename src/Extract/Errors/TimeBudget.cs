namespace Extract;

/// <summary>Runs work under a caller's cancellation token and an optional time limit; the limit running out becomes
/// <see cref="TimeLimitExceededException"/>, the caller's cancellation stays <see cref="OperationCanceledException"/>.</summary>
/// <remarks>The work observes one token for both, at the granularity of its own loops (a page, a block, a passage, a
/// sentence), so a limit costs nothing where no work is left to stop.</remarks>
internal static class TimeBudget
{
    /// <summary>The clock the limits run on; tests set one whose limits run out at once, so that what they assert
    /// never depends on how fast the machine is.</summary>
    internal static readonly AsyncLocal<TimeProvider?> Clock = new();

    /// <summary>Checks a limit given in options: positive, or <see langword="null"/> for none.</summary>
    public static TimeSpan? Validate(TimeSpan? limit, string name) =>
        limit is { } value && value <= TimeSpan.Zero
            ? throw new ArgumentOutOfRangeException(name, value, "A time limit must be positive, or null for none.")
            : limit;

    public static T Run<T>(TimeSpan? limit, string sourcePath, string work, CancellationToken cancellationToken, Func<CancellationToken, T> body)
    {
        if (limit is not { } budget)
        {
            return body(cancellationToken);
        }

        using var timer = new CancellationTokenSource(budget, Clock.Value ?? TimeProvider.System);
        using var timed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            return body(timed.Token);
        }
        catch (OperationCanceledException) when (timed.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeLimitExceededException(sourcePath, work, budget);
        }
    }

    /// <summary>A lazy sequence under the limit: the clock runs from the first item asked for to the last, the
    /// consumer's own time between items included.</summary>
    public static IEnumerable<T> Enumerate<T>(TimeSpan? limit, string sourcePath, string work, CancellationToken cancellationToken, Func<CancellationToken, IEnumerable<T>> body)
    {
        if (limit is not { } budget)
        {
            foreach (var item in body(cancellationToken))
            {
                yield return item;
            }

            yield break;
        }

        using var timer = new CancellationTokenSource(budget, Clock.Value ?? TimeProvider.System);
        using var timed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        using var items = body(timed.Token).GetEnumerator();
        while (true)
        {
            // A yield cannot stand in a try with a catch: each step is taken inside one, each item given outside.
            try
            {
                if (!items.MoveNext())
                {
                    yield break;
                }
            }
            catch (OperationCanceledException) when (timed.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new TimeLimitExceededException(sourcePath, work, budget);
            }

            yield return items.Current;
        }
    }
}
