namespace Extract.Facts;

/// <summary>What the words around a percentage say about it as a change: its direction, if any, and its basis.</summary>
/// <param name="Direction">The direction, or <see langword="null"/> when the words do not make it a change.</param>
/// <param name="Basis">What it is measured against.</param>
internal readonly record struct ChangeWording(ChangeDirection? Direction, ChangeBasis Basis);
