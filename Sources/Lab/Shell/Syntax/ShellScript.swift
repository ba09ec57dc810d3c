/// A parsed command line: pipelines separated by newlines.
struct ShellScript: Equatable {
    var pipelines: [ShellPipeline]
}
