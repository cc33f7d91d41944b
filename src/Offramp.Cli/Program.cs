using Offramp.Cli;

return await OfframpCli.RunAsync(args);
