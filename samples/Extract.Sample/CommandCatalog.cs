using System.CommandLine;
using Extract.Sample.Commands;

namespace Extract.Sample;

/// <summary>Every command of the console, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All =>
    [
        SplitCommand.Create(),
        SentencesCommand.Create(),
        QuantitiesCommand.Create(),
        FactsCommand.Create(),
        AlignCommand.Create(),
        SegmentCommand.Create(),
        ReconcileCommand.Create(),
        CheckCommand.Create(),
        ArticleCommand.Create(),
        TextCommand.Create(),
    ];
}
