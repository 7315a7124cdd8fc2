namespace Extract.Alignment;

/// <summary>Options of <see cref="EditionAligner"/>. Immutable: derive variants with <c>with</c>.</summary>
public sealed record AlignmentOptions
{
    /// <summary>The options used when none are given: lengths, and the numbers written in digits as anchors.</summary>
    public static AlignmentOptions Default { get; } = new();

    /// <summary>The anchors of a sentence: values that both editions state alike (the numbers of the sentence).
    /// Links whose two sides share anchors are preferred. <see langword="null"/> aligns by length alone. By default,
    /// the numbers written in digits (<see cref="WrittenNumbers"/>).</summary>
    public Func<Sentences.Sentence, IEnumerable<decimal>>? Anchors { get; init; } = sentence => WrittenNumbers.In(sentence.Text);

    /// <summary>How much one shared anchor weighs against the length evidence, in the aligner's cost units (a
    /// negative log-probability): 1.5 makes a shared number outweigh a length ratio two deviations off.</summary>
    public double AnchorWeight { get; init; } = 1.5;

    /// <summary>The default of <see cref="MaxDrift"/>.</summary>
    public const int DefaultMaxDrift = 200;

    /// <summary>How many units (paragraphs, sentences) the alignment may stray from the diagonal of the two editions:
    /// an edition that omits or adds more than this many consecutive units in one stretch is aligned less well. The
    /// limit keeps alignment linear in time and memory (a full table of 50,000 units a side would need about 20 GB).</summary>
    public int MaxDrift { get; init; } = DefaultMaxDrift;
}
