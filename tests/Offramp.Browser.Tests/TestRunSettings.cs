// Each browser test class hosts its own app and Chromium. Run them one after another: in parallel on a
// two-core CI machine (while the web and CLI suites also run) they starve each other and time out.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
