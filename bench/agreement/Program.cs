using System.CommandLine;

using Offramp.Analysis;

// The real `analyze` command tree, so the bench script passes the same arguments as to `offramp analyze ...`.
return new RootCommand("Agreement benchmark host") { AnalyzeCommand.Create() }.Parse(args).Invoke();
