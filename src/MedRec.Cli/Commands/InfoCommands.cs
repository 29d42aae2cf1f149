using MedRec.Cli.Framework;
using MedRec.Core.Common;

namespace MedRec.Cli.Commands;

internal static class InfoCommands
{
    public static void Register(CommandRegistry registry) => registry.Add(new CliCommand(
        "data where", "data where [--data DIR]", "print the resolved data folder",
        (a, _) =>
        {
            var path = DataPaths.Resolve(a.Option("data"));
            Console.WriteLine(path + (Directory.Exists(path) ? "" : "  (missing)"));
            return Task.FromResult(0);
        }));
}
