using System.CommandLine;

using Offramp.Analysis.Agreement;

// Same shape as `offramp analyze agreement ...`, so the bench script passes identical arguments.
var analyze = new Command("analyze", "CSV in, statistics out.") { AgreementCommand.Create() };
return new RootCommand("Agreement benchmark host") { analyze }.Parse(args).Invoke();