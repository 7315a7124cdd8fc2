using System.Collections.Immutable;
using Extract.Documents;

namespace Extract.Alignment;

/// <summary>A section of the Chinese edition and the section of the English edition with the same number
/// (<c>三、</c> and <c>III.</c>), their passages aligned.</summary>
/// <param name="Ordinal">The section number; 0 for what comes before the first numbered section (title, preface).</param>
/// <param name="Chinese">The Chinese heading, or <see langword="null"/> when that edition lacks the section (or for the preface).</param>
/// <param name="English">The English heading, or <see langword="null"/> when that edition lacks the section (or for the preface).</param>
/// <param name="Passages">The passage links, in order.</param>
public sealed record AlignedSection(int Ordinal, Heading? Chinese, Heading? English, ImmutableArray<AlignedPassage> Passages);
