using System.CommandLine;

using Offramp.Analysis;

// Same shape as `offramp analyze ...`, so the bench script passes identical arguments.
return new RootCommand("Analyze benchmark host") { AnalyzeCommand.Create() }.Parse(args).Invoke();