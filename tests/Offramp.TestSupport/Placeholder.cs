namespace Offramp.TestSupport;
