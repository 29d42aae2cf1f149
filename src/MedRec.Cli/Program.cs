using MedRec.Cli.Commands;
using MedRec.Cli.Framework;

// Composition root: each feature adds its verbs in its own Commands/*.cs file.
var registry = new CommandRegistry();
InfoCommands.Register(registry);
KgCommands.Register(registry);
LinkingCommands.Register(registry);
RecommendCommands.Register(registry);
EvalDiagnosisCommand.Register(registry);
EvalHoldoutCommands.Register(registry);
ModelCommands.Register(registry);
CorpusCommands.Register(registry);
PreventionCommands.Register(registry);
FhirCommands.Register(registry);
FhirBenchCommand.Register(registry);
ImmunizationCommands.Register(registry);
EvalLmCommand.Register(registry);

using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
// `kill` / `systemctl stop` stop long jobs the same way as Ctrl-C: cancel, let the job checkpoint, exit.
using var onTerm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
    System.Runtime.InteropServices.PosixSignal.SIGTERM, ctx => { ctx.Cancel = true; cts.Cancel(); });
Console.OutputEncoding = System.Text.Encoding.UTF8;
return await registry.RunAsync(args, Console.Out, Console.Error, cts.Token);

public partial class Program;
